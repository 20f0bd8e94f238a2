/**
 * Asserts that `action` throws an `StsConfigurationError` with exactly this message;
 * `toThrow(new StsConfigurationError(message))` alone would compare only the message.
 */
export function expectConfigurationError(action: () => unknown, message: string): void {
  expect(action).toThrow(expect.objectContaining({ name: 'StsConfigurationError', message }));
}
