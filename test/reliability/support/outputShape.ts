/**
 * Checks that a parsed output fits its model shape: the "correct result" half of the reply
 * fuzzer's oracle (the other half being `StsResponseError`).
 */
import type { Shape } from '../../../packages/sts/src/model/shapes.js';

/** The first way `value` does not fit `shape`, or undefined when it fits. */
export function shapeMismatch(shape: Shape, value: unknown, path = 'output'): string | undefined {
  switch (shape.kind) {
    case 'string':
      return typeof value === 'string' ? undefined : `${path} is not a string`;
    case 'integer':
      return Number.isSafeInteger(value) ? undefined : `${path} is not a safe integer`;
    case 'timestamp':
      return value instanceof Date && !Number.isNaN(value.getTime()) ? undefined : `${path} is not a valid Date`;
    case 'list':
      if (!Array.isArray(value)) return `${path} is not an array`;
      return value.map((item, index) => shapeMismatch(shape.member, item, `${path}[${index}]`)).find(Boolean);
    case 'structure': {
      if (typeof value !== 'object' || value === null) return `${path} is not an object`;
      const record = value as Record<string, unknown>;
      const unknown = Object.keys(record).find((name) => !Object.hasOwn(shape.members, name));
      if (unknown !== undefined) return `${path}.${unknown} is not a member`;
      const missing = shape.required.find((name) => record[name] === undefined);
      if (missing !== undefined) return `${path}.${missing} is required`;
      return Object.entries(record)
        .map(([name, member]) => shapeMismatch(shape.members[name]!, member, `${path}.${name}`))
        .find(Boolean);
    }
  }
}
