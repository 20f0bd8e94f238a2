/**
 * Field specs several operations share (STS-API.md §4).
 *
 * @internal
 */
import { SHAPES } from './constraints.js';

/** `PolicyArns.member.N.arn` @internal */
export const POLICY_ARNS = {
  type: 'list',
  member: { type: 'structure', members: { arn: { type: 'string', shape: SHAPES.arn } } },
} as const;

/** `Tags.member.N.Key` / `.Value`, at most 50 @internal */
export const TAGS = {
  type: 'list',
  maxItems: 50,
  member: {
    type: 'structure',
    members: {
      Key: { type: 'string', required: true, shape: SHAPES.tagKey },
      Value: { type: 'string', required: true, shape: SHAPES.tagValue },
    },
  },
} as const;
