import { CredentialsError, ManualClock } from '@stskit/credentials';
import type { StsClient } from '@stskit/sts';
import { FakeStsClient } from './FakeStsClient.js';

/** The client and clock a provider under test is created with. */
export interface FakeStsOptions {
  readonly client: StsClient;
  readonly clock: ManualClock;
}

/**
 * Asserts what every STS-backed provider promises for bad options: creating it throws a
 * `CredentialsError` of kind `InvalidConfiguration` whose message contains `problem`, at
 * once, before any request.
 *
 * @param create - creates the provider with the bad options and the given fake client and clock
 * @param problem - what the message must contain, e.g. `roleArn is required`
 *
 * @example
 * ```ts
 * expectInvalidOptions((fake) => fromSaml({ ...(init as FromSamlInit), ...fake }), problem);
 * ```
 */
export function expectInvalidOptions(create: (fake: FakeStsOptions) => unknown, problem: string): void {
  const clock = new ManualClock();
  const fake = new FakeStsClient(clock);
  const attempt = () => create({ client: fake.client, clock });
  expect(attempt).toThrow(CredentialsError);
  expect(attempt).toThrow(expect.objectContaining({ kind: 'InvalidConfiguration' }));
  expect(attempt).toThrow(problem);
  expect(fake.requests).toHaveLength(0);
}
