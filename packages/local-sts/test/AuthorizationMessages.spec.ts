import { AuthorizationMessages } from '../src/tokens/AuthorizationMessages.js';

describe(AuthorizationMessages.name, () => {
  const messages = new AuthorizationMessages();

  it('should decode what it encoded, with the account it concerns', () => {
    const encoded = messages.encode({ allowed: false, action: 's3:GetObject' }, '111122223333');
    expect(messages.decode(encoded)).toEqual({ accountId: '111122223333', message: { allowed: false, action: 's3:GetObject' } });
  });

  it('should encode in standard base64, as AWS does, so no message starts like a command-line flag', () => {
    for (let i = 0; i < 200; i++) {
      expect(messages.encode({ i }, '111122223333')).toMatch(/^[A-Za-z0-9+/]+=*$/);
    }
  });

  it.each([
    ['another server', new AuthorizationMessages().encode({ allowed: false }, '111122223333')],
    ['too short to be a message', 'AAAA'],
    ['not base64 at all', '!!!'],
  ])('should refuse a message from %s', (_what, encoded) => {
    expect(messages.decode(encoded)).toBeUndefined();
  });

  it('should refuse an altered message', () => {
    const encoded = messages.encode({ allowed: false }, '111122223333');
    const altered = `${encoded.slice(0, -4)}${encoded.slice(-4, -3) === 'A' ? 'B' : 'A'}${encoded.slice(-3)}`;
    expect(messages.decode(altered)).toBeUndefined();
  });
});
