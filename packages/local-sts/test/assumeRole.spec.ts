import { randomBytes } from 'node:crypto';
import type { SigningCredential } from '../src/auth/CredentialStore.js';
import { decodeBase32 } from '../src/identity/base32.js';
import { totp } from '../src/mfa/totp.js';
import { assumeRole } from '../src/rules/assumeRole.js';
import type { SignedOperation } from '../src/rules/Operation.js';
import { DEFAULT_ROLE_ARNS, DEFAULT_WORLD } from '../src/world/defaultWorld.js';
import { signedContext, testServices, type TestServices } from './support/services.js';

const [PLAIN, CROSS_ACCOUNT, MFA, EXTERNAL_ID] = DEFAULT_ROLE_ARNS;
type AssumeRoleInput = Record<string, unknown> & { RoleArn: string; RoleSessionName: string };
const run = (services: TestServices, caller: SigningCredential, input: AssumeRoleInput) =>
  (assumeRole as SignedOperation<never>).run(input as never, signedContext(services, caller)) as Record<string, any>;

describe(assumeRole.name, () => {
  it('should issue ASIA credentials for the assumed-role ARN and ID', async () => {
    const services = await testServices();
    const result = run(services, services.alice, { RoleArn: PLAIN, RoleSessionName: 'unit' });
    expect(result.Credentials.AccessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(result.AssumedRoleUser.Arn).toBe('arn:aws:sts::111122223333:assumed-role/local-sts-plain/unit');
    expect(result.AssumedRoleUser.AssumedRoleId).toMatch(/^AROA[A-Z2-7]{17}:unit$/);
  });

  it('should let the issued session chain into the second account, capped at one hour', async () => {
    const services = await testServices();
    const first = run(services, services.alice, { RoleArn: PLAIN, RoleSessionName: 'first' });
    const session = services.credentials.find(first.Credentials.AccessKeyId)!;
    expect(() => run(services, session, { RoleArn: CROSS_ACCOUNT, RoleSessionName: 'second', DurationSeconds: 3601 })).toThrow(
      expect.objectContaining({ code: 'ValidationError', message: expect.stringContaining('role chaining') }),
    );
    const second = run(services, session, { RoleArn: CROSS_ACCOUNT, RoleSessionName: 'second' });
    expect(second.AssumedRoleUser.Arn).toBe('arn:aws:sts::444455556666:assumed-role/local-sts-cross-account/second');
  });

  it("should refuse a duration above the role's maximum", async () => {
    const services = await testServices();
    expect(() => run(services, services.alice, { RoleArn: EXTERNAL_ID, RoleSessionName: 'x', ExternalId: DEFAULT_WORLD.externalId, DurationSeconds: 7200 })).toThrow(
      expect.objectContaining({ code: 'ValidationError', message: 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.' }),
    );
  });

  it('should refuse a missing or wrong ExternalId with AccessDenied', async () => {
    const services = await testServices();
    for (const ExternalId of [undefined, 'wrong-id']) {
      expect(() => run(services, services.alice, { RoleArn: EXTERNAL_ID, RoleSessionName: 'x', ...(ExternalId ? { ExternalId } : {}) })).toThrow(
        expect.objectContaining({ code: 'AccessDenied', statusCode: 403 }),
      );
    }
    expect(run(services, services.alice, { RoleArn: EXTERNAL_ID, RoleSessionName: 'x', ExternalId: DEFAULT_WORLD.externalId }).Credentials).toBeDefined();
  });

  it('should require MFA for the MFA role, accept a valid code once, and refuse its replay', async () => {
    const services = await testServices();
    expect(() => run(services, services.alice, { RoleArn: MFA, RoleSessionName: 'x' })).toThrow(expect.objectContaining({ code: 'AccessDenied' }));
    const TokenCode = totp(decodeBase32(DEFAULT_WORLD.mfaSecret), services.clock.now());
    const mfa = { SerialNumber: DEFAULT_WORLD.mfaSerial, TokenCode };
    expect(run(services, services.alice, { RoleArn: MFA, RoleSessionName: 'x', ...mfa }).Credentials).toBeDefined();
    expect(() => run(services, services.alice, { RoleArn: MFA, RoleSessionName: 'x', ...mfa })).toThrow(
      expect.objectContaining({ code: 'AccessDenied', message: expect.stringContaining('MultiFactorAuthentication failed') }),
    );
  });

  it('should refuse an unknown role with the same AccessDenied as an untrusted one', async () => {
    const services = await testServices();
    expect(() => run(services, services.alice, { RoleArn: 'arn:aws:iam::111122223333:role/missing', RoleSessionName: 'x' })).toThrow(
      expect.objectContaining({
        code: 'AccessDenied',
        message: 'User: arn:aws:iam::111122223333:user/alice is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111122223333:role/missing',
      }),
    );
  });

  it('should compute PackedPolicySize, and refuse bad or oversized policies', async () => {
    const services = await testServices();
    const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] });
    const result = run(services, services.alice, { RoleArn: PLAIN, RoleSessionName: 'x', Policy: policy });
    expect(result.PackedPolicySize).toBeGreaterThan(0);
    expect(result.PackedPolicySize).toBeLessThanOrEqual(100);
    expect(() => run(services, services.alice, { RoleArn: PLAIN, RoleSessionName: 'x', Policy: '{not json' })).toThrow(
      expect.objectContaining({ code: 'MalformedPolicyDocument' }),
    );
    const noise = randomBytes(1500).toString('hex'); // incompressible: deflate cannot pack it under the budget
    const huge = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: noise }] });
    expect(() => run(services, services.alice, { RoleArn: PLAIN, RoleSessionName: 'x', Policy: huge })).toThrow(
      expect.objectContaining({ code: 'PackedPolicyTooLarge' }),
    );
  });

  it('should make credentials last lifetimeSeconds when that option is set', async () => {
    const services = await testServices(5);
    const result = run(services, services.alice, { RoleArn: PLAIN, RoleSessionName: 'x', DurationSeconds: 43200 });
    expect(Date.parse(result.Credentials.Expiration)).toBe(Math.floor((services.clock.now() + 5000) / 1000) * 1000);
  });
});
