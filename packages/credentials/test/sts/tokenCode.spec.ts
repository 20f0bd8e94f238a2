import { CredentialsError } from '../../src/CredentialsError.js';
import { mfaOptionProblems, readTokenCode } from '../../src/sts/tokenCode.js';

const SERIAL = 'arn:aws:iam::123456789012:mfa/test';

describe(readTokenCode.name, () => {
  it('should tell the provider which device the code is for', async () => {
    const asked: string[] = [];
    await readTokenCode((serialNumber) => (asked.push(serialNumber), '123456'), SERIAL, 'fromTest');
    expect(asked).toEqual([SERIAL]);
  });

  it.each([
    { kind: 'sync', tokenCode: () => '123456' },
    { kind: 'async', tokenCode: async () => '123456' },
  ])('should return the code of a $kind provider', async ({ tokenCode }) => {
    await expect(readTokenCode(tokenCode, SERIAL, 'fromTest')).resolves.toBe('123456');
  });

  it.each(['12345', '1234567', '12345a', ' 123456', '１２３４５６'])(
    'should reject %j with an InvalidConfiguration error that does not contain it',
    async (code) => {
      const error = await readTokenCode(() => code, SERIAL, 'fromTest').catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(CredentialsError);
      expect(error).toMatchObject({
        kind: 'InvalidConfiguration',
        message: 'fromTest: tokenCode must give the MFA code as a string of 6 digits',
      });
    },
  );

  it('should reject a code that is not a string', async () => {
    const notAString = (() => 123456) as unknown as () => string;
    await expect(readTokenCode(notAString, SERIAL, 'fromTest')).rejects.toMatchObject({ kind: 'InvalidConfiguration' });
  });

  it('should let an error of the token code provider pass unchanged', async () => {
    const cancelled = new Error('prompt cancelled');
    await expect(readTokenCode(() => Promise.reject(cancelled), SERIAL, 'fromTest')).rejects.toBe(cancelled);
  });
});

describe(mfaOptionProblems.name, () => {
  it.each([
    { options: {}, problems: [] },
    { options: { serialNumber: 'arn:aws:iam::111122223333:mfa/alice', tokenCode: () => '123456' }, problems: [] },
    {
      options: { serialNumber: 'arn:aws:iam::111122223333:mfa/alice' },
      problems: ['serialNumber needs tokenCode, a function giving the MFA code'],
    },
    { options: { tokenCode: () => '123456' }, problems: ['tokenCode needs serialNumber, the MFA device it gives codes of'] },
  ])('should find $problems in $options', ({ options, problems }) => {
    expect(mfaOptionProblems(options)).toEqual(problems);
  });
});
