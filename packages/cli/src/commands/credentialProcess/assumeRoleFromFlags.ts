import { fromAssumeRole } from '@stskit/assume-role';
import { AWS_CLI_CACHE_DIRECTORY, cliCacheKey, FileCredentialsCache } from '@stskit/chain';
import type { CredentialProvider, Credentials } from '@stskit/credentials';
import { homedir } from 'node:os';
import { stringValue } from '../../args/readValues.js';
import { stsClientConfig } from '../../credentials/stsClientConfig.js';
import { mfaCodeSource } from '../../mfa/mfaCodeSource.js';
import type { CommandContext } from '../Command.js';
import { buildRequest } from '../sts/buildRequest.js';
import { DURATION_SECONDS, ROLE_ARN, SERIAL_NUMBER, type StsParameter } from '../sts/StsParameter.js';

/** The AWS CLI ignores cache entries with 15 minutes or less left; so do we, so neither hands the other credentials it would refuse. */
const MINIMUM_TTL_MS = 15 * 60_000;

/**
 * The AssumeRole members `credential-process` takes as flags, as in `aws sts assume-role`
 * (the session name optional here: the provider makes one up).
 *
 * @internal
 */
export const ROLE_PARAMETERS: readonly StsParameter[] = [
  { ...ROLE_ARN, required: false, description: 'Assume this role (instead of printing the profile’s own credentials)' },
  { member: 'RoleSessionName', kind: 'string', description: 'The role session name (default: generated)' },
  { member: 'ExternalId', kind: 'string', description: 'The external ID the role trust policy requires' },
  SERIAL_NUMBER,
  DURATION_SECONDS,
];

/** What {@link ROLE_PARAMETERS} give, `--role-arn` being set. */
interface RoleRequest {
  readonly RoleArn: string;
  readonly RoleSessionName?: string;
  readonly ExternalId?: string;
  readonly SerialNumber?: string;
  readonly DurationSeconds?: number;
}

/**
 * Assumes the role named by the flags with `source` credentials, through the AWS CLI's
 * file cache: an entry with more than 15 minutes left is used without any STS call or MFA
 * prompt, so `credential_process` can run before every command.
 *
 * @internal
 */
export async function assumeRoleFromFlags({ io, args, globals }: CommandContext, source: CredentialProvider): Promise<Credentials> {
  // buildRequest gives the members of ROLE_PARAMETERS parsed by their kinds: this shape.
  const request = (await buildRequest(ROLE_PARAMETERS, args)) as unknown as RoleRequest;
  // The AWS CLI leaves the session name out of the key (it is usually generated).
  const { RoleSessionName: _sessionName, ...keyed } = request;
  const cache = new FileCredentialsCache(AWS_CLI_CACHE_DIRECTORY.replace('~', io.env.HOME ?? homedir()));
  const key = cliCacheKey(keyed);
  const cached = await cache.read(key, io.clock.now(), MINIMUM_TTL_MS);
  if (cached !== undefined) return cached;
  const provider = fromAssumeRole({
    roleArn: request.RoleArn,
    ...(request.RoleSessionName === undefined ? {} : { roleSessionName: request.RoleSessionName }),
    ...(request.ExternalId === undefined ? {} : { externalId: request.ExternalId }),
    ...(request.DurationSeconds === undefined ? {} : { durationSeconds: request.DurationSeconds }),
    ...(request.SerialNumber === undefined
      ? {}
      : { serialNumber: request.SerialNumber, tokenCode: mfaCodeSource(stringValue(args, 'token-code'), io) }),
    sourceCredentials: source,
    clientConfig: stsClientConfig(globals, io),
    clock: io.clock,
  });
  try {
    const credentials = await provider();
    // A cache that cannot be written costs only the sharing.
    await cache.write(key, credentials).catch(() => undefined);
    return credentials;
  } finally {
    provider.close();
  }
}
