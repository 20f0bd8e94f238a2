import { partitions } from '../generated/partitions.js';
import type { Partition, PartitionOutputs } from './partitionTypes.js';

const knownPartitions: readonly Partition[] = Object.values(partitions);

// Exact names first: pseudo-regions such as `aws-global` or `aws-cn-global` match no regex.
const partitionByRegion: ReadonlyMap<string, Partition> = new Map(
  knownPartitions.flatMap((partition) => partition.regions.map((region) => [region, partition])),
);

/**
 * The rule function `aws.partition`: the partition a region belongs to. Looks the region up
 * by name (pseudo-regions such as `aws-global` included), then by each partition's
 * `regionRegex`, and otherwise falls back to the `aws` partition, so a region newer than the
 * data (or a made-up one) still resolves to `sts.{region}.amazonaws.com`, as in botocore.
 *
 * @param region - a region name, e.g. `eu-west-1`
 * @returns the partition's outputs, which the rule set reads with `getAttr`
 * @example `partition('cn-north-1').dnsSuffix === 'amazonaws.com.cn'`
 * @internal
 */
export function partition(region: string): PartitionOutputs {
  const match =
    partitionByRegion.get(region) ??
    knownPartitions.find((candidate) => candidate.regionRegex.test(region)) ??
    partitions.aws;
  return match.outputs;
}
