/**
 * Request encoding: for random valid inputs of every operation (drawn from the model's own
 * constraints), the client's validator accepts them, the serializer writes a clean form body,
 * and two independent decoders read the input back exactly: the strict decoder written for
 * this test, and local-sts's Query reader, which also re-checks every model constraint.
 */
import fc from 'fast-check';
import { OPERATIONS } from '../../../packages/sts/src/generated/operations.js';
import { STS_API_VERSION, STS_OPERATIONS } from '../../../packages/sts/src/protocol/constants.js';
import { serializeQuery } from '../../../packages/sts/src/protocol/serializeQuery.js';
import { validateInput } from '../../../packages/sts/src/validation/validateInput.js';
import { readInput } from '../../../packages/local-sts/src/model/readInput.js';
import { OPERATIONS as SERVER_OPERATIONS } from '../../../packages/local-sts/src/rules/operations.js';
import { parseQueryParameters } from '../../../packages/local-sts/src/server/parseQueryParameters.js';
import { decodeQueryForm, wireView } from '../support/decodeQueryForm.js';
import { fuzzLedger } from '../support/fuzzBudget.js';
import { inputFor } from '../support/modelArbitraries.js';

const RUNS_PER_OPERATION = 2_000;
const FORM_BODY = /^(?:[A-Za-z0-9\-_.~=&]|%[0-9A-F]{2})*$/;

const ledger = fuzzLedger('request-encoding');
afterAll(() => ledger.report());

/** What local-sts reads from a body, or the ValidationError it answers with. */
function serverRead(operationName: string, body: string): unknown {
  const operation = SERVER_OPERATIONS.get(operationName);
  if (!operation) throw new Error(`local-sts has no ${operationName}`);
  return readInput(operation.input, parseQueryParameters('POST', '/', Buffer.from(body, 'utf8')));
}

describe('request encoding', () => {
  it.each(STS_OPERATIONS)('should round-trip random valid %s inputs through both decoders', async (name) => {
    const operation = OPERATIONS[name];
    const modelOrder = ['Action', 'Version', ...Object.keys(operation.input.members)];
    await ledger.check(
      `${name} round trip`,
      fc.property(inputFor(operation.input), (input) => {
        expect(validateInput(operation, input)).toEqual([]);
        const body = serializeQuery(operation, input);
        expect(body).toMatch(FORM_BODY);

        const decoded = decodeQueryForm(operation.input, body);
        expect(decoded.action).toBe(name);
        expect(decoded.version).toBe(STS_API_VERSION);
        expect(decoded.input).toEqual(wireView(input));
        // Action and Version first, then members in model order (SigV4 does not care, but
        // the documented wire format does, and a stable order keeps bodies comparable).
        const positions = decoded.keys.map((key) => modelOrder.indexOf(key.split('.')[0] ?? ''));
        expect(positions).toEqual([...positions].sort((a, b) => a - b));

        expect(serverRead(name, body)).toEqual(wireView(input));
      }),
      RUNS_PER_OPERATION,
    );
  });

  // The Query protocol sends members, never the structures holding them: a structure with
  // no members set, or a hole in a list, has no wire form. The validator once accepted such
  // input (the model marks `arn` optional; `forEach` skips holes), so the request STS read
  // was not the one the caller wrote; it now refuses it, and the serializer throws rather
  // than drop an item.
  it.each([
    {
      name: 'AssumeRole',
      input: { RoleArn: 'arn:aws:iam::111122223333:role/r', RoleSessionName: 'gap', PolicyArns: [{}, { arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }] },
      why: 'PolicyArns.member.1 is skipped, so local-sts (and STS) read no policy ARN at all: the session is less restricted than asked',
    },
    {
      name: 'AssumeRoot',
      input: { TargetPrincipal: '111122223333', TaskPolicyArn: {} },
      why: 'the required TaskPolicyArn is not sent at all',
    },
    {
      name: 'GetWebIdentityToken',
      // eslint-disable-next-line no-sparse-arrays
      input: { Audience: [, 'https://example.com'], SigningAlgorithm: 'RS256' },
      why: "the validator's forEach skips the hole, so Audience.member.1 is never sent and STS reads no audience",
    },
  ] as const)('should refuse or faithfully send $name input with a structure or list item that has no wire form ($why)', ({ name, input }) => {
    const operation = OPERATIONS[name];
    const issues = validateInput(operation, input);
    if (issues.length > 0) return; // refused before sending: fine
    expect(serverRead(name, serializeQuery(operation, input))).toEqual(wireView(input));
  });
});
