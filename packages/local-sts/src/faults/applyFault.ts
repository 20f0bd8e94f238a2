/**
 * How each fault changes the reply: error faults become STS errors before any processing;
 * body and transport faults replace or mangle what the HTTP layer sends.
 *
 * @internal
 */
import { ApiError } from '../server/ApiError.js';
import type { Reply } from '../server/Reply.js';
import type { Fault } from './Fault.js';

/** The STS error an error fault answers with, or undefined for other kinds. @internal */
export function faultError(fault: Fault | undefined): ApiError | undefined {
  if (fault?.kind === 'throttle') return new ApiError('Throttling', 'Rate exceeded', 400);
  if (fault?.kind === 'error') return new ApiError(fault.code, fault.message ?? `Injected ${fault.code}`, fault.status ?? 400);
  return undefined;
}

const HTML_PAGE = '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n';

/** The reply after body and transport faults. @internal */
export function applyReplyFault(reply: Reply, fault: Fault | undefined): Reply {
  switch (fault?.kind) {
    case 'drop':
    case 'hang':
    case 'truncated':
      return { ...reply, delivery: fault.kind };
    case 'malformed':
      return { ...reply, status: 200, body: `<${reply.body.slice(1, 40)} this is not XML &&& <<` };
    case 'html':
      return { status: fault.status ?? 502, contentType: 'text/html', body: HTML_PAGE, delivery: 'normal' };
    default:
      return reply;
  }
}
