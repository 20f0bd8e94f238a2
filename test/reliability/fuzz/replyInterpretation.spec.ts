/**
 * Reply interpretation: random valid replies of every operation parse to exactly the output
 * they encode; mutated replies (cut, a byte flipped, an element deleted, duplicated, moved or
 * renamed, a huge or tricky value, a DOCTYPE, the wrong root, HTML, nothing) give a result
 * that fits the model or an `StsResponseError` (an `StsServiceError` too, for error
 * statuses), never another exception, and no error ever shows a secret of the reply.
 * A smaller sample goes through a real `StsClient` against a loopback server.
 */
import fc from 'fast-check';
import { interpretReply } from '../../../packages/sts/src/client/interpretReply.js';
import { StsClient, StsResponseError, StsServiceError, type StsOperationName } from '@stskit/sts';
import { OPERATIONS } from '../../../packages/sts/src/generated/operations.js';
import type { OperationSchema } from '../../../packages/sts/src/model/shapes.js';
import { STS_OPERATIONS } from '../../../packages/sts/src/protocol/constants.js';
import { startScriptedServer, type ScriptedServer } from '../../../packages/sts/test/support/scriptedServer.js';
import { fuzzLedger } from '../support/fuzzBudget.js';
import { shapeMismatch } from '../support/outputShape.js';
import {
  errorReplyXml,
  expectedOutput,
  foreignBody,
  renderXml,
  secretsOf,
  textEdit,
  treeEdit,
  validReply,
  type ValidReply,
} from '../support/replyTree.js';

const VALID_RUNS_PER_OPERATION = 1_000;
const MUTATED_RUNS_PER_OPERATION = 3_000;
const ERROR_STATUS_RUNS = 6_000;
const CLIENT_RUNS = 400;

const ledger = fuzzLedger('reply-interpretation');
afterAll(() => ledger.report());

type Outcome = { readonly kind: 'ok'; readonly output: Record<string, unknown> } | { readonly kind: 'error'; readonly error: unknown };

function interpret(operation: OperationSchema, statusCode: number, body: string): Outcome {
  try {
    return { kind: 'ok', output: interpretReply(operation, { statusCode, headers: {}, body }).output };
  } catch (error) {
    return { kind: 'error', error };
  }
}

/** The oracle: a result that fits the model, or one of the errors a bad reply may give. */
function expectWellBehaved(operation: OperationSchema, statusCode: number, outcome: Outcome, secrets: readonly string[]): void {
  if (outcome.kind === 'ok') {
    expect(statusCode).toBeLessThan(300);
    expect(shapeMismatch(operation.output, outcome.output)).toBeUndefined();
    return;
  }
  const { error } = outcome;
  const allowed = statusCode < 300 ? [StsResponseError] : [StsResponseError, StsServiceError];
  if (!allowed.some((type) => error instanceof type)) throw error;
  const shown = `${(error as Error).message} ${(error as { excerpt?: string }).excerpt ?? ''}`;
  for (const secret of secrets) expect(shown).not.toContain(secret);
}

const anyOperation = fc.constantFrom(...STS_OPERATIONS).map((name) => OPERATIONS[name] as OperationSchema);

/** A valid reply with one structural edit and, half the time, one textual edit after it. */
function mutatedReply(operation: OperationSchema): fc.Arbitrary<{ reply: ValidReply; body: string; keepsTags: boolean }> {
  return fc
    .tuple(validReply(operation), treeEdit, fc.option(textEdit, { freq: 2 }))
    .map(([reply, structural, textual]) => {
      const edited = renderXml(structural.apply(reply.tree));
      const body = textual ? textual.apply(edited) : edited;
      // A flipped byte or inserted noise can break a secret's tags, and then no reader can
      // know the text inside is secret: only edits that keep the tags are checked for leaks.
      const keepsTags = structural.renames !== true && (textual === null || textual.kind === 'truncated');
      return { reply, body, keepsTags };
    });
}

describe('reply interpretation', () => {
  it.each(STS_OPERATIONS)('should read every random valid %s reply exactly', async (name) => {
    const operation = OPERATIONS[name] as OperationSchema;
    await ledger.check(
      `${name} valid replies`,
      fc.property(validReply(operation), (reply) => {
        const parsed = interpretReply(operation, { statusCode: 200, headers: {}, body: renderXml(reply.tree) });
        expect(parsed.requestId).toBe(reply.requestId);
        expect(parsed.output).toEqual(expectedOutput(operation.output, reply));
      }),
      VALID_RUNS_PER_OPERATION,
    );
  });

  it.each(STS_OPERATIONS)('should give a fitting result or StsResponseError for every mutated %s reply', async (name) => {
    const operation = OPERATIONS[name] as OperationSchema;
    await ledger.check(
      `${name} mutated replies`,
      fc.property(mutatedReply(operation), ({ reply, body, keepsTags }) => {
        const secrets = keepsTags ? secretsOf(operation.output, reply.output) : [];
        expectWellBehaved(operation, 200, interpret(operation, 200, body), secrets);
      }),
      MUTATED_RUNS_PER_OPERATION,
    );
  });

  it('should give StsServiceError or StsResponseError for any body with an error status', async () => {
    const errorBody = fc.oneof(
      fc.tuple(fc.constantFrom('Throttling', 'AccessDenied', 'IDPCommunicationError', 'InternalFailure', ''), fc.string(), fc.uuid()).map(
        ([code, message, requestId]) => errorReplyXml(code, message, requestId),
      ),
      fc.tuple(fc.constantFrom('Throttling', 'AccessDenied'), textEdit).map(([code, edit]) => edit.apply(errorReplyXml(code, 'm', 'id'))),
      foreignBody,
    );
    const status = fc.oneof(fc.constantFrom(400, 403, 404, 429, 500, 502, 503, 504), fc.integer({ min: 300, max: 599 }));
    await ledger.check(
      'error statuses',
      fc.property(anyOperation, status, errorBody, (operation, statusCode, body) => {
        const outcome = interpret(operation, statusCode, body);
        expect(outcome.kind).toBe('error');
        expectWellBehaved(operation, statusCode, outcome, []);
      }),
      ERROR_STATUS_RUNS,
    );
  });

  it('should give StsResponseError for any foreign body with status 200', async () => {
    await ledger.check(
      'foreign bodies',
      fc.property(anyOperation, foreignBody, (operation, body) => {
        const outcome = interpret(operation, 200, body);
        if (outcome.kind === 'ok') throw new Error(`accepted a foreign body: ${JSON.stringify(body)}`);
        expectWellBehaved(operation, 200, outcome, []);
      }),
      ERROR_STATUS_RUNS,
    );
  });

  describe('through StsClient', () => {
    let server: ScriptedServer;
    let client: StsClient;

    beforeAll(async () => {
      server = await startScriptedServer();
      client = new StsClient({
        endpoint: server.endpoint,
        region: 'us-east-1',
        credentials: { accessKeyId: 'AKIAFUZZ000000000000', secretAccessKey: 'fuzz-signing-secret' },
        maxAttempts: 1,
        env: {},
      });
    });
    afterAll(async () => {
      client.destroy();
      await server.close();
    });

    const scripted = fc.oneof(
      { weight: 3, arbitrary: anyOperation.chain((operation) => mutatedReply(operation).map((m) => ({ operation, status: 200, body: m.body, secrets: m.keepsTags ? secretsOf(operation.output, m.reply.output) : [] }))) },
      { weight: 1, arbitrary: anyOperation.chain((operation) => validReply(operation).map((reply) => ({ operation, status: 200, body: renderXml(reply.tree), secrets: [] as string[] }))) },
      { weight: 1, arbitrary: fc.tuple(anyOperation, fc.constantFrom(200, 400, 403, 500, 503), foreignBody).map(([operation, status, body]) => ({ operation, status, body, secrets: [] as string[] })) },
    );
    const contentType = fc.constantFrom('text/xml', 'application/xml', 'text/html', 'application/json', 'application/octet-stream');

    it('should resolve with a fitting result or reject with StsResponseError/StsServiceError', async () => {
      await ledger.check(
        'StsClient against a scripted server',
        fc.asyncProperty(scripted, contentType, async ({ operation, status, body, secrets }, type) => {
          server.script({ status, body, headers: { 'content-type': type } });
          const outcome: Outcome = await client
            .send(operation.name as StsOperationName, minimalInput(operation) as never)
            .then(
              (output) => ({ kind: 'ok' as const, output: withoutMetadata(output as unknown as Record<string, unknown>) }),
              (error: unknown) => ({ kind: 'error' as const, error }),
            );
          expectWellBehaved(operation, status, outcome, secrets);
        }),
        CLIENT_RUNS,
      );
    });
  });
});

/** The smallest valid input of each operation, to reach the network. */
function minimalInput(operation: OperationSchema): Record<string, unknown> {
  const inputs: Partial<Record<string, Record<string, unknown>>> = {
    AssumeRole: { RoleArn: 'arn:aws:iam::111122223333:role/fuzz', RoleSessionName: 'fuzz' },
    AssumeRoleWithSAML: { RoleArn: 'arn:aws:iam::111122223333:role/fuzz', PrincipalArn: 'arn:aws:iam::111122223333:saml-provider/idp', SAMLAssertion: 'PHNhbWw+' },
    AssumeRoleWithWebIdentity: { RoleArn: 'arn:aws:iam::111122223333:role/fuzz', RoleSessionName: 'fuzz', WebIdentityToken: 'eyJ.fuzz.token' },
    AssumeRoot: { TargetPrincipal: '111122223333', TaskPolicyArn: { arn: 'arn:aws:iam::aws:policy/root-task/IAMAuditRootUserCredentials' } },
    DecodeAuthorizationMessage: { EncodedMessage: 'encoded' },
    GetAccessKeyInfo: { AccessKeyId: 'AKIAFUZZ000000000000' },
    GetDelegatedAccessToken: { TradeInToken: 'trade-in' },
    GetFederationToken: { Name: 'fuzz' },
    GetWebIdentityToken: { Audience: ['https://example.com'], SigningAlgorithm: 'RS256' },
  };
  return inputs[operation.name] ?? {};
}

function withoutMetadata(output: Record<string, unknown>): Record<string, unknown> {
  const { $metadata: _metadata, ...rest } = output;
  return rest;
}
