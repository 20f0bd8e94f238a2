/**
 * The harness's own test: subjects that break exactly one invariant each, with no fault to
 * meet. Every one must fail its row (the spec runs them as `it.failing`), which shows that
 * the checks every matrix row makes can fail at all.
 */
import { createServer } from 'node:net';
import type { CredentialProvider, Credentials } from '@stskit/credentials';
import type { RowWorld } from './RowWorld.js';
import type { FaultRow } from './rowTypes.js';
import { assumeRole } from './subjects.js';

/** fromAssumeRole with one misbehaviour added to each call. */
function sabotaged(name: string, misbehave: (credentials: Credentials, world: RowWorld) => Credentials): FaultRow {
  return {
    subject: {
      name,
      action: 'AssumeRole',
      async create(world): Promise<CredentialProvider> {
        const inner = assumeRole(world);
        return Object.assign(async () => misbehave(await inner(), world), { close: () => inner.close() });
      },
    },
    fault: { name: 'no fault', phase: 'cold', apply: () => undefined, expect: { kind: 'succeeded' } },
  };
}

export const SABOTEURS: readonly FaultRow[] = [
  sabotaged('logs the secret key', (credentials, world) => {
    world.logger.debug(`refreshed: ${credentials.accessKeyId} ${credentials.secretAccessKey}`);
    return credentials;
  }),
  sabotaged('hands out expired credentials', (credentials, world) => ({ ...credentials, expiration: new Date(world.clock.now() - 1) })),
  sabotaged('leaves a timer behind', (credentials) => {
    setTimeout(() => undefined, 60_000).unref();
    return credentials;
  }),
  sabotaged('leaves a server listening', (credentials) => {
    createServer().listen(0, '127.0.0.1').unref();
    return credentials;
  }),
  // A rejection left unhandled is not among them: jest itself fails that test, which
  // `it.failing` does not invert.
];
