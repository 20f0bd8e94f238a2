import type { CredentialProvider, Credentials } from '@stskit/credentials';
import { ConfigurationError } from '../errors.js';
import type { GlobalOptions } from '../args/globalOptions.js';
import type { CliIo } from '../io.js';

/**
 * The credentials the commands sign with.
 *
 * @public
 */
export function commandCredentials(globals: GlobalOptions, io: CliIo): CredentialProvider {
  const provider = async (): Promise<Credentials> => {
    const accessKeyId = io.env.AWS_ACCESS_KEY_ID;
    const secretAccessKey = io.env.AWS_SECRET_ACCESS_KEY;
    if (!accessKeyId || !secretAccessKey) throw new ConfigurationError('Unable to locate credentials');
    const sessionToken = io.env.AWS_SESSION_TOKEN;
    return { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) };
  };
  void globals;
  return Object.assign(provider, { close: () => undefined });
}
