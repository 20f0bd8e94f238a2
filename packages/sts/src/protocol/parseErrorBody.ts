import type { FaultType } from '../errors/StsServiceError.js';
import { childElement, parseXml, textOf, type XmlElement } from './xmlDocument.js';

/** @internal */
export interface ErrorBody {
  /** The wire code, e.g. `ExpiredTokenException`, `Throttling`. */
  readonly code: string;
  /** Empty when the document has no `<Message>`. */
  readonly message: string;
  readonly type: FaultType | undefined;
  readonly requestId: string | undefined;
}

/**
 * Reads an awsQuery error document (STS-API.md §7.5), leniently:
 * `<ErrorResponse><Error><Type/><Code/><Message/></Error><RequestId/></ErrorResponse>` with or
 * without a namespace, `Type`, `Message` and `RequestId` optional, and the EC2-style
 * `<Response><Errors><Error>…</Error></Errors><RequestID/></Response>` unwrapped as botocore does.
 *
 * @returns `undefined` when the body is not such a document (not XML, an HTML page from a
 *   proxy, no `<Code>`): the caller decides what that means for the status it got.
 * @internal
 */
export function parseErrorBody(body: string): ErrorBody | undefined {
  const parsed = parseXml(body);
  if ('problem' in parsed) return undefined;
  const { root } = parsed;
  const error = childElement(root, 'Error') ?? childElement(childElement(root, 'Errors'), 'Error');
  const code = trimmedText(childElement(error, 'Code'));
  if (code === undefined) return undefined;
  const type = trimmedText(childElement(error, 'Type'));
  return {
    code,
    message: trimmedText(childElement(error, 'Message')) ?? '',
    type: type === 'Sender' || type === 'Receiver' ? type : undefined,
    requestId: trimmedText(childElement(root, 'RequestId') ?? childElement(root, 'RequestID')),
  };
}

/** The element's text without padding; `undefined` when absent or blank. */
function trimmedText(element: XmlElement | undefined): string | undefined {
  const text = element === undefined ? '' : textOf(element).trim();
  return text === '' ? undefined : text;
}
