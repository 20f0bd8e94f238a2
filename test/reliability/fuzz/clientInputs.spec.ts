/**
 * Random input to every `StsClient` method: valid inputs of the model, the same with one
 * value anywhere replaced by anything, objects of the members' names with any values, and
 * anything at all (hostile values included). Each call must build a request that passes the
 * client's validator and local-sts's Query reader (it is pre-aborted, so nothing is sent),
 * or reject with `StsValidationError` (quoting no secret member) or `TypeError`; never throw
 * synchronously, never leave an unhandled rejection.
 */
import fc from 'fast-check';
import { StsClient, StsValidationError, type StsOperationName } from '@stskit/sts';
import { OPERATIONS } from '../../../packages/sts/src/generated/operations.js';
import type { OperationSchema } from '../../../packages/sts/src/model/shapes.js';
import { STS_OPERATIONS } from '../../../packages/sts/src/protocol/constants.js';
import { serializeQuery } from '../../../packages/sts/src/protocol/serializeQuery.js';
import { validateInput } from '../../../packages/sts/src/validation/validateInput.js';
import { readInput } from '../../../packages/local-sts/src/model/readInput.js';
import { OPERATIONS as SERVER_OPERATIONS } from '../../../packages/local-sts/src/rules/operations.js';
import { parseQueryParameters } from '../../../packages/local-sts/src/server/parseQueryParameters.js';
import { fuzzLedger } from '../support/fuzzBudget.js';
import { anyValue, HostileGetterError, optionsObject } from '../support/hostileValues.js';
import { inputFor } from '../support/modelArbitraries.js';
import { useRefusingServer } from '../support/refusingServer.js';

const CLIENT_RUNS_PER_OPERATION = 1_200;

const ledger = fuzzLedger('client-inputs');
const refusing = useRefusingServer();
afterAll(() => ledger.report());

/** The reason the pre-aborted calls reject with once a request is built, validated and signed. */
const SENT = new Error('request built; not sent');

/** Replaces one value somewhere inside `input` (the root included) with `replacement`. */
function replaceSomewhere(input: unknown, at: number, replacement: unknown): unknown {
  const holders: { parent: Record<string | number, unknown>; key: string | number }[] = [];
  const walk = (value: unknown): void => {
    if (typeof value !== 'object' || value === null || value instanceof Date) return;
    for (const [key, member] of Object.entries(value)) {
      holders.push({ parent: value as Record<string, unknown>, key });
      walk(member);
    }
  };
  const copy = plainCopy(input);
  walk(copy);
  const holder = holders[at % (holders.length + 1)];
  if (holder === undefined) return replacement;
  holder.parent[holder.key] = replacement;
  return copy;
}

/** A deep copy of plain data (the valid inputs drawn from the model). */
function plainCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plainCopy);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, member]) => [key, plainCopy(member)]));
}

/**
 * True when `value` holds a known bug's input (see requestEncoding.spec.ts): a structure with
 * no members (`{}`, or any other object the validator takes for a structure, a Date, a Map),
 * or a list with a hole (`[, 'x']`), which the validator's `forEach` skips.
 */
function hasKnownWireGap(value: unknown): boolean {
  if (Array.isArray(value)) {
    return value.length !== Object.keys(value).length || value.some(hasKnownWireGap);
  }
  if (typeof value !== 'object' || value === null) return false;
  const members = Object.values(value).filter((member) => member !== undefined && member !== null);
  return members.length === 0 || members.some(hasKnownWireGap);
}

/** Every long string in a value: what a refusal must never quote when the member is secret. */
function secretStrings(operation: OperationSchema, input: unknown): string[] {
  if (typeof input !== 'object' || input === null) return [];
  return Object.entries(operation.input.members)
    .filter(([, shape]) => shape.kind === 'string' && shape.sensitive)
    .map(([name]) => (input as Record<string, unknown>)[name])
    .filter((value): value is string => typeof value === 'string' && value.length >= 8);
}

function clientInput(operation: OperationSchema): fc.Arbitrary<unknown> {
  const valid = inputFor(operation.input);
  return fc.oneof(
    valid,
    fc.tuple(valid, fc.nat(), anyValue).map(([input, at, value]) => replaceSomewhere(input, at, value)),
    optionsObject(Object.fromEntries(Object.keys(operation.input.members).map((name) => [name, anyValue]))),
    anyValue,
  );
}

describe('StsClient methods with arbitrary input', () => {
  const aborted = AbortSignal.abort(SENT);

  it.each(STS_OPERATIONS)('should build a valid %s request or refuse it with a typed error', async (name) => {
    const operation = OPERATIONS[name] as OperationSchema;
    const client = new StsClient({
      endpoint: refusing().endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'AKIAFUZZ000000000000', secretAccessKey: 'fuzz-signing-secret' },
      env: {},
    });
    await ledger.check(
      `StsClient.${name}`,
      fc.asyncProperty(clientInput(operation), async (input) => {
        let outcome: unknown;
        try {
          outcome = await client.send(name as StsOperationName, input as never, { abortSignal: aborted }).then(
            () => new Error('resolved without a request'),
            (error: unknown) => error,
          );
        } catch (thrown) {
          throw new Error(`threw synchronously: ${String(thrown)}`);
        }
        if (outcome === SENT) {
          expect(validateInput(operation, input ?? {})).toEqual([]);
          if (!hasKnownWireGap(input ?? {})) {
            const body = serializeQuery(operation, (input ?? {}) as object);
            const server = SERVER_OPERATIONS.get(name)!;
            expect(() => readInput(server.input, parseQueryParameters('POST', '/', Buffer.from(body)))).not.toThrow();
          }
        } else if (outcome instanceof StsValidationError) {
          expect(outcome.issues.length).toBeGreaterThan(0);
          for (const secret of secretStrings(operation, input)) expect(outcome.message).not.toContain(secret);
        } else if (!(outcome instanceof TypeError || outcome instanceof HostileGetterError)) {
          throw outcome;
        }
      }),
      CLIENT_RUNS_PER_OPERATION,
    );
    client.destroy();
  });
});
