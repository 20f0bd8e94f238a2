import fc from 'fast-check';
import { StsResponseError } from '../../src/errors/StsResponseError.js';
import { OPERATIONS } from '../../src/generated/operations.js';
import type { OperationSchema } from '../../src/model/shapes.js';
import { parseErrorBody } from '../../src/protocol/parseErrorBody.js';
import { parseSuccessBody } from '../../src/protocol/parseSuccessBody.js';
import { safeExcerpt } from '../../src/protocol/safeExcerpt.js';
import { readFixture } from '../fixtures/readFixture.js';

const VALID_REPLIES: ReadonlyArray<readonly [OperationSchema, string]> = [
  [OPERATIONS.AssumeRole, readFixture('AssumeRole-success-docs-style.xml')],
  [OPERATIONS.AssumeRole, readFixture('AssumeRole-success-reordered.xml')],
  [OPERATIONS.AssumeRoleWithSAML, readFixture('AssumeRoleWithSAML-success-newline-in-xmlns.xml')],
  [OPERATIONS.AssumeRoleWithSAML, readFixture('AssumeRoleWithSAML-success-all-members.xml')],
  [OPERATIONS.AssumeRoleWithWebIdentity, readFixture('AssumeRoleWithWebIdentity-success-padded.xml')],
  [OPERATIONS.GetCallerIdentity, readFixture('GetCallerIdentity-success.xml')],
  [OPERATIONS.GetSessionToken, readFixture('GetSessionToken-success.xml')],
];

/** Characters that make XML go wrong in interesting ways. */
const XML_NOISE = fc.constantFrom('<', '>', '&', '</', '/>', '<!--', ']]>', '<![CDATA[', '&#x0;', '&#99999999;', '"', '\u0000', '\uD800');

const insertion = fc.oneof(fc.string({ unit: 'binary', maxLength: 8 }), XML_NOISE);

/** A valid reply with one edit: a cut, a deletion, an insertion or a duplicated slice. */
const mutatedReply = fc
  .constantFrom(...VALID_REPLIES)
  .chain(([operation, body]) =>
    fc
      .tuple(fc.nat({ max: body.length }), fc.nat({ max: body.length }), insertion, fc.integer({ min: 0, max: 3 }))
      .map(([at, to, text, edit]) => {
        const [start, end] = at <= to ? [at, to] : [to, at];
        const edits = [
          body.slice(0, start),
          body.slice(0, start) + body.slice(end),
          body.slice(0, start) + text + body.slice(start),
          body.slice(0, end) + body.slice(start, end) + body.slice(end),
        ];
        return [operation, edits[edit] ?? body] as const;
      }),
  );

const anyBody = fc.oneof(fc.string({ unit: 'binary' }), fc.array(XML_NOISE).map((parts) => parts.join('')));

const anyOperation = fc.constantFrom(...Object.values(OPERATIONS) as OperationSchema[]);

/** Parses and reports how it ended: 'ok', 'StsResponseError', or the unexpected error itself. */
function outcome(operation: OperationSchema, body: string): unknown {
  try {
    parseSuccessBody(operation, { statusCode: 200, body });
    return 'ok';
  } catch (error) {
    return error instanceof StsResponseError ? 'StsResponseError' : error;
  }
}

describe(parseSuccessBody.name, () => {
  it('should give a result or an StsResponseError for any string, never another exception', () => {
    fc.assert(
      fc.property(anyOperation, anyBody, (operation, body) => {
        expect(['ok', 'StsResponseError']).toContain(outcome(operation, body));
        expect(() => parseErrorBody(body)).not.toThrow();
        expect(() => safeExcerpt(body)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('should give a result or an StsResponseError for any mutation of a valid reply', () => {
    fc.assert(
      fc.property(mutatedReply, ([operation, body]) => {
        expect(['ok', 'StsResponseError']).toContain(outcome(operation, body));
        expect(() => parseErrorBody(body)).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });

  it('should parse every unmutated reply', () => {
    for (const [operation, body] of VALID_REPLIES) expect(outcome(operation, body)).toBe('ok');
  });
});
