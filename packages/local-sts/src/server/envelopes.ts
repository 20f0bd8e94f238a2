/**
 * The Query protocol's reply envelopes (STS-API.md §7.4–7.5): `{Action}Response` with its
 * `{Action}Result` and `ResponseMetadata/RequestId`, and `ErrorResponse` with `Error`
 * (`Type`, `Code`, `Message`) and a top-level `RequestId`.
 *
 * @internal
 */
import { STS_XML_NAMESPACE } from '@stskit/sts/protocol';
import type { ApiError } from './ApiError.js';
import { element, type XmlObject } from './xml.js';

/** @internal */
export function successEnvelope(action: string, result: XmlObject, requestId: string): string {
  const body = element(`${action}Result`, result) + element('ResponseMetadata', { RequestId: requestId });
  return `<${action}Response xmlns="${STS_XML_NAMESPACE}">${body}</${action}Response>\n`;
}

/** @internal */
export function errorEnvelope(error: ApiError, requestId: string): string {
  const body = element('Error', { Type: error.faultType, Code: error.code, Message: error.message }) + element('RequestId', requestId);
  return `<ErrorResponse xmlns="${STS_XML_NAMESPACE}">${body}</ErrorResponse>\n`;
}
