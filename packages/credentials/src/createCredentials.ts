import { concealSecrets } from '@stskit/sts';
import type { Credentials } from './types.js';

/** The members of {@link Credentials}; absent optional ones may be given as `undefined`. @public */
export interface CredentialParts {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string | undefined;
  readonly expiration?: Date | undefined;
  readonly accountId?: string | undefined;
}

/**
 * Builds {@link Credentials} from their parts, the way every stskit provider hands them out:
 * only the members that have a value, and the secret access key and session token
 * concealed from `JSON.stringify` and `util.inspect` (they stay readable as properties, as
 * SDK v3 signers need).
 *
 * @example
 * ```ts
 * return createCredentials({ accessKeyId, secretAccessKey, sessionToken: env.AWS_SESSION_TOKEN });
 * ```
 *
 * @public
 */
export function createCredentials(parts: CredentialParts): Credentials {
  const { accessKeyId, secretAccessKey, sessionToken, expiration, accountId } = parts;
  const credentials: Credentials = {
    accessKeyId,
    secretAccessKey,
    ...(sessionToken === undefined ? {} : { sessionToken }),
    ...(expiration === undefined ? {} : { expiration }),
    ...(accountId === undefined ? {} : { accountId }),
  };
  return concealSecrets(credentials, ['secretAccessKey', 'sessionToken']);
}
