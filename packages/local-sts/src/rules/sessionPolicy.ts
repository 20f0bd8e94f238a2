/**
 * Session policies and tags: syntax check (`MalformedPolicyDocument`) and the packed size.
 * AWS packs the inline policy, managed policy ARNs and session tags into a compressed
 * binary whose format is internal; local-sts models it as the deflated size of the same
 * content against a fixed budget, reported as a percentage like `PackedPolicySize`.
 *
 * @internal
 */
import { deflateRawSync } from 'node:zlib';
import { ApiError } from '../server/ApiError.js';

/** Deflated bytes that make 100 %. @internal */
export const PACKED_POLICY_BUDGET_BYTES = 1024;

/** @internal */
export interface SessionPolicyInput {
  readonly Policy?: string;
  readonly PolicyArns?: readonly { readonly arn?: string }[];
  readonly Tags?: readonly { readonly Key: string; readonly Value: string }[];
}

/**
 * @returns `PackedPolicySize` (percent), or undefined when the session has no policy or tags
 * @throws ApiError `MalformedPolicyDocument` or `PackedPolicyTooLarge`
 * @internal
 */
export function packSessionPolicy(input: SessionPolicyInput): number | undefined {
  const policyArns = input.PolicyArns ?? [];
  const tags = input.Tags ?? [];
  if (input.Policy === undefined && policyArns.length === 0 && tags.length === 0) return undefined;
  const policy = input.Policy === undefined ? '' : JSON.stringify(parsePolicy(input.Policy));
  checkTagKeysUnique(tags);
  const packed = [policy, ...policyArns.map((entry) => entry.arn ?? ''), ...tags.map((tag) => `${tag.Key}=${tag.Value}`)].join('\n');
  const percent = Math.ceil((deflateRawSync(packed).length * 100) / PACKED_POLICY_BUDGET_BYTES);
  if (percent > 100) {
    throw new ApiError('PackedPolicyTooLarge', `Packed policy consumes ${percent}% of allotted space, please use smaller policy.`);
  }
  return percent;
}

function parsePolicy(text: string): unknown {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw new ApiError('MalformedPolicyDocument', 'Syntax errors in policy.');
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document) || !('Statement' in document)) {
    throw new ApiError('MalformedPolicyDocument', 'Syntax errors in policy.');
  }
  return document;
}

/** Tag keys are case-insensitive for duplicates (STS-API.md §3.1). */
function checkTagKeysUnique(tags: readonly { readonly Key: string }[]): void {
  const seen = new Set<string>();
  for (const tag of tags) {
    const key = tag.Key.toLowerCase();
    if (seen.has(key)) {
      throw new ApiError('InvalidParameterValue', 'Duplicate tag keys found. Please note that Tag keys are case insensitive.');
    }
    seen.add(key);
  }
}
