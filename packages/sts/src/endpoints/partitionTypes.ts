/**
 * The shape of the partition data (botocore `partitions.json`) that
 * `scripts/generateEndpoints.mjs` emits into `src/generated/partitions.ts`.
 */

/**
 * What `aws.partition` returns and the rule set reads with `getAttr`, e.g.
 * `{PartitionResult#dnsSuffix}`. A type alias, not an interface, so it is a `RuleRecord`.
 *
 * @internal
 */
export type PartitionOutputs = {
  readonly name: string;
  readonly dnsSuffix: string;
  readonly dualStackDnsSuffix: string;
  readonly supportsFIPS: boolean;
  readonly supportsDualStack: boolean;
  readonly implicitGlobalRegion: string;
};

/**
 * One partition (`aws`, `aws-cn`, `aws-us-gov`, …): the regions it names, the pattern of the
 * regions it does not name yet, and its outputs.
 *
 * @internal
 */
export interface Partition {
  readonly id: string;
  readonly regionRegex: RegExp;
  /** Every region the data names, pseudo-regions such as `aws-global` included. */
  readonly regions: readonly string[];
  readonly outputs: PartitionOutputs;
}
