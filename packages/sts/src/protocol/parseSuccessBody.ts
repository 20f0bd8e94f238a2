import { StsResponseError } from '../errors/StsResponseError.js';
import type { OperationSchema } from '../model/shapes.js';
import { readXmlStructure, type ReportBadReply } from './readXmlStructure.js';
import { safeExcerpt } from './safeExcerpt.js';
import { childElement, parseXml, textOf } from './xmlDocument.js';

/** @internal */
export interface SuccessReply {
  readonly statusCode: number;
  readonly body: string;
  /** The `x-amzn-RequestId` header, used when the body has no `ResponseMetadata/RequestId`. */
  readonly requestId?: string | undefined;
}

/** @internal */
export interface ParsedSuccess {
  readonly output: Record<string, unknown>;
  readonly requestId: string | undefined;
}

/**
 * Reads an operation's output from a success reply (STS-API.md §7.4):
 * `<{Action}Response><{Action}Result>…</{Action}Result><ResponseMetadata>…` with the output
 * members inside the result element, read as the model's output shape says. Tolerates element
 * order, padding, unknown elements and namespace quirks (the namespace is not checked).
 *
 * @throws StsResponseError when the body is not XML, has the wrong root, lacks the result
 *   element, or holds a value that does not fit its member; its excerpt holds no secret.
 * @internal
 */
export function parseSuccessBody(operation: OperationSchema, reply: SuccessReply): ParsedSuccess {
  const reportBadReply = (reason: string, requestId = reply.requestId): never => {
    const { statusCode, body } = reply;
    throw new StsResponseError(reason, { statusCode, excerpt: safeExcerpt(body), requestId });
  };
  const parsed = parseXml(reply.body);
  if ('problem' in parsed) return reportBadReply(parsed.problem);

  const { root } = parsed;
  const expectedRoot = `${operation.name}Response`;
  if (root.name !== expectedRoot) {
    reportBadReply(`reply root is <${root.name.slice(0, 100)}>, expected <${expectedRoot}>`);
  }

  const metadataId = childElement(childElement(root, 'ResponseMetadata'), 'RequestId');
  const requestId = (metadataId && textOf(metadataId).trim()) || reply.requestId;
  const reportWithId: ReportBadReply = (reason) => reportBadReply(reason, requestId);

  const result = childElement(root, operation.resultWrapper);
  if (result === undefined) return reportWithId(`missing <${operation.resultWrapper}>`);
  return { output: readXmlStructure(operation.output, result, '', reportWithId), requestId };
}
