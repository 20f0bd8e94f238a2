/**
 * The faults every STS-backed subject meets, scripted in local-sts, in the fault proxy or in
 * the client's clock; each expects the same outcome whatever the operation (or says how it
 * depends on the subject).
 */
import type { Fault as LocalStsFault } from '@stskit/local-sts';
import { MINUTE, REQUEST_TIMEOUT_MS, type RowWorld } from './RowWorld.js';
import { failed, retried, stale, type FaultSpec, type Subject } from './rowTypes.js';

function localSts(fault: LocalStsFault, times = 1): (world: RowWorld, subject: Subject) => void {
  return (world, subject) => world.sts.faults.add({ ...(subject.action ? { action: subject.action } : {}), times, fault });
}

/**
 * Faults every STS-backed subject meets; each expects the same outcome whatever the
 * operation. "Just" under and over the timeout is half of it either way: a margin a loaded
 * CI machine cannot eat (and no duration is asserted).
 */
export const STS_FAULTS: readonly FaultSpec[] = [
  { name: 'throttling burst (2 × Throttling)', phase: 'cold', apply: localSts({ kind: 'throttle' }, 2), expect: retried },
  { name: 'HTTP 500 InternalFailure', phase: 'cold', apply: localSts({ kind: 'error', code: 'InternalFailure', status: 500 }), expect: retried },
  { name: 'HTTP 503 (2 ×)', phase: 'cold', apply: localSts({ kind: 'error', code: 'ServiceUnavailable', status: 503 }, 2), expect: retried },
  { name: 'IDPCommunicationError', phase: 'cold', apply: localSts({ kind: 'error', code: 'IDPCommunicationError', status: 400 }), expect: retried },
  { name: 'connection reset', phase: 'cold', apply: localSts({ kind: 'drop' }), expect: retried },
  { name: 'accept, then hang', phase: 'cold', apply: localSts({ kind: 'hang' }), expect: retried },
  { name: `reply just under the ${REQUEST_TIMEOUT_MS} ms timeout`, phase: 'cold', apply: localSts({ kind: 'latency', ms: REQUEST_TIMEOUT_MS / 2 }), expect: { kind: 'succeeded' } },
  { name: `reply just over the ${REQUEST_TIMEOUT_MS} ms timeout`, phase: 'cold', apply: localSts({ kind: 'latency', ms: REQUEST_TIMEOUT_MS * 1.5 }), expect: retried },
  { name: 'malformed XML (every reply)', phase: 'cold', apply: localSts({ kind: 'malformed' }, Infinity), expect: failed('ProviderFailed', 'StsResponseError', /not well-formed XML/) },
  { name: 'HTML error page (502)', phase: 'cold', apply: localSts({ kind: 'html' }), expect: retried },
  { name: 'truncated body', phase: 'cold', apply: localSts({ kind: 'truncated' }), expect: retried },
  {
    name: '10 MB body (every reply)',
    phase: 'cold',
    apply: (world) => {
      world.proxy.transform = (reply) => ({ ...reply, body: Buffer.concat([reply.body, Buffer.alloc(10 * 2 ** 20, ' ')]) });
    },
    expect: failed('ProviderFailed', 'StsResponseError', /larger than 1048576 bytes/),
  },
  {
    name: 'wrong content type (application/json)',
    phase: 'cold',
    apply: (world) => {
      world.proxy.transform = (reply) => ({ ...reply, headers: { ...reply.headers, 'content-type': 'application/json' } });
    },
    expect: { kind: 'succeeded' },
  },
  ...[20, -20].map((minutes): FaultSpec => ({
    name: `client clock 20 minutes ${minutes > 0 ? 'fast' : 'slow'}`,
    phase: 'cold',
    apply: (world) => void (world.skewMs = minutes * MINUTE),
    // A signed request is refused once, then re-signed with the offset STS's Date header
    // gives; an unsigned one carries no request time to refuse.
    expect: (subject) => (subject.signed === false ? { kind: 'succeeded' } : retried),
  })),
  {
    name: 'RegionDisabledException',
    phase: 'cold',
    apply: localSts({ kind: 'error', code: 'RegionDisabledException', status: 403 }, Infinity),
    expect: failed('ProviderFailed', 'RegionDisabledException'),
  },
  { name: 'HTTP 500 on every refresh', phase: 'warm', apply: localSts({ kind: 'error', code: 'InternalFailure', status: 500 }, Infinity), expect: stale },
  { name: 'throttling on every refresh', phase: 'warm', apply: localSts({ kind: 'throttle' }, Infinity), expect: stale },
  { name: 'STS unreachable on every refresh', phase: 'warm', apply: localSts({ kind: 'drop' }, Infinity), expect: stale },
  {
    name: 'AccessDenied after a trust change',
    phase: 'warm',
    apply: localSts({ kind: 'error', code: 'AccessDenied', status: 403, message: 'not authorized to perform: sts:AssumeRole' }, Infinity),
    expect: failed('ProviderFailed', 'AccessDenied'),
  },
];
