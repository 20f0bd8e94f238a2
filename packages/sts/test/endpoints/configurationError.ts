/**
 * Matches a thrown `StsConfigurationError` with exactly this message; `toThrow(new X(msg))`
 * alone would compare only the message.
 */
export function configurationError(message: string): unknown {
  return expect.objectContaining({ name: 'StsConfigurationError', message });
}
