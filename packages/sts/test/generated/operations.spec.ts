import { MODELED_ERRORS, OPERATIONS, type OperationTypes } from '../../src/generated/operations.js';
import type { Credentials } from '../../src/generated/types.js';
import { STS_OPERATIONS, UNSIGNED_OPERATIONS } from '../../src/protocol/constants.js';

describe('generated operations', () => {
  it('should describe every operation of STS_OPERATIONS under its wire name', () => {
    expect(Object.keys(OPERATIONS)).toEqual([...STS_OPERATIONS]);
    for (const [name, schema] of Object.entries(OPERATIONS)) {
      expect(schema.name).toBe(name);
      expect(schema.resultWrapper).toBe(`${name}Result`);
    }
  });

  it('should leave exactly the operations of UNSIGNED_OPERATIONS unsigned', () => {
    const unsigned = Object.values(OPERATIONS).filter((schema) => !schema.signed).map((schema) => schema.name);

    expect(new Set(unsigned)).toEqual(UNSIGNED_OPERATIONS);
  });

  it('should list every modeled error code of every operation in MODELED_ERRORS', () => {
    const codes = Object.values(OPERATIONS).flatMap((schema): readonly string[] => schema.errorCodes);

    expect(new Set(codes)).toEqual(new Set(Object.keys(MODELED_ERRORS)));
  });

  it('should keep the modeled ExpiredTokenException (400) apart from RegionDisabledException (403)', () => {
    expect(MODELED_ERRORS.ExpiredTokenException).toEqual({ httpStatus: 400, fault: 'Sender' });
    expect(MODELED_ERRORS.RegionDisabledException).toEqual({ httpStatus: 403, fault: 'Sender' });
    expect(OPERATIONS.AssumeRole.errorCodes).toEqual([
      'MalformedPolicyDocument',
      'PackedPolicyTooLarge',
      'RegionDisabledException',
      'ExpiredTokenException',
    ]);
  });

  it('should type inputs and outputs with the model names, timestamps as Date', () => {
    const input: OperationTypes['AssumeRole']['input'] = {
      RoleArn: 'arn:aws:iam::123456789012:role/demo',
      RoleSessionName: 'typed',
      PolicyArns: [{ arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }],
    };
    const expiration = new Date('2030-01-01T00:00:00Z');
    const credentials: Credentials = { AccessKeyId: 'A', SecretAccessKey: 'B', SessionToken: 'C', Expiration: expiration };
    const errorCode: OperationTypes['AssumeRoleWithWebIdentity']['errorCode'] = 'IDPCommunicationError';

    expect([input.RoleSessionName, credentials.Expiration, errorCode]).toEqual(['typed', expiration, 'IDPCommunicationError']);
  });
});
