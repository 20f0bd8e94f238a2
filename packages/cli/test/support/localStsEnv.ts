import { startLocalSts, type LocalSts, type LocalStsOptions } from '@stskit/local-sts';

/**
 * A local-sts for one test file, and the environment that points a client at it with the
 * default world's user (alice) and no shared config files, so nothing on the machine leaks in.
 */
export interface LocalStsFixture {
  readonly sts: LocalSts;
  readonly env: Record<string, string>;
}

export async function startFixture(options: LocalStsOptions = {}): Promise<LocalStsFixture> {
  const sts = await startLocalSts(options);
  return { sts, env: clientEnv(sts) };
}

/** Environment variables of a client of `sts` signing as alice. */
export function clientEnv(sts: LocalSts): Record<string, string> {
  return {
    AWS_ACCESS_KEY_ID: sts.defaults.accessKeyId,
    AWS_SECRET_ACCESS_KEY: sts.defaults.secretAccessKey,
    AWS_REGION: 'us-east-1',
    AWS_ENDPOINT_URL_STS: sts.endpoint,
    AWS_CONFIG_FILE: '/nonexistent/stskit-test/config',
    AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/stskit-test/credentials',
    // No instance metadata on a test machine: fail fast instead of waiting on 169.254.169.254.
    AWS_EC2_METADATA_DISABLED: 'true',
  };
}
