import { inspect } from 'node:util';
import { CredentialsError } from '../../src/CredentialsError.js';
import { accountIdFromArn, credentialsFromReply } from '../../src/sts/credentialsFromReply.js';

const Credentials = {
  AccessKeyId: 'ASIAIOSFODNN7EXAMPLE',
  SecretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY',
  SessionToken: 'FwoGZXIvYXdzEXAMPLESESSIONTOKEN',
  Expiration: new Date('2025-01-01T01:00:00Z'),
};

describe(accountIdFromArn.name, () => {
  it.each([
    { arn: 'arn:aws:sts::123456789012:assumed-role/reader/session', accountId: '123456789012' },
    { arn: 'arn:aws:sts::123456789012:federated-user/bob', accountId: '123456789012' },
    { arn: 'arn:aws-us-gov:sts::123456789012:assumed-role/a/b', accountId: '123456789012' },
    { arn: 'arn:aws:s3:::bucket', accountId: undefined },
    { arn: 'not an arn', accountId: undefined },
  ])('should find $accountId in $arn', ({ arn, accountId }) => {
    expect(accountIdFromArn(arn)).toBe(accountId);
  });
});

describe(credentialsFromReply.name, () => {
  it('should take the account from the assumed role ARN', () => {
    const reply = { Credentials, AssumedRoleUser: { Arn: 'arn:aws:sts::123456789012:assumed-role/reader/s' } };
    expect(credentialsFromReply(reply, 'fromTest', 'AssumeRole')).toMatchObject({
      accessKeyId: Credentials.AccessKeyId,
      expiration: Credentials.Expiration,
      accountId: '123456789012',
    });
  });

  it('should take the account from the federated user ARN', () => {
    const reply = { Credentials, FederatedUser: { Arn: 'arn:aws:sts::444455556666:federated-user/bob' } };
    expect(credentialsFromReply(reply, 'fromTest', 'GetFederationToken').accountId).toBe('444455556666');
  });

  it('should leave the account out when the reply names no principal', () => {
    expect(credentialsFromReply({ Credentials }, 'fromTest', 'GetSessionToken')).not.toHaveProperty('accountId');
  });

  it('should conceal the secrets', () => {
    const printed = inspect(credentialsFromReply({ Credentials }, 'fromTest', 'GetSessionToken'));
    expect(printed).not.toContain(Credentials.SecretAccessKey);
    expect(printed).not.toContain(Credentials.SessionToken);
  });

  it('should fail as ProviderFailed when the reply has no Credentials', () => {
    const failure = () => credentialsFromReply({}, 'fromTest', 'AssumeRole');
    expect(failure).toThrow(CredentialsError);
    expect(failure).toThrow(expect.objectContaining({
      kind: 'ProviderFailed',
      message: 'fromTest: the AssumeRole reply has no Credentials',
    }));
  });
});
