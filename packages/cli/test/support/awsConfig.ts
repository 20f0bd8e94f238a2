import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LocalSts } from '@stskit/local-sts';

/** A throwaway HOME with ~/.aws/config, for tests of profiles and the file cache. */
export interface AwsHome {
  readonly home: string;
  readonly configFile: string;
  /** Environment of a process that must see only this HOME, this config and local-sts. */
  readonly env: Record<string, string>;
}

/**
 * Writes `config` as the config file of a new HOME. The `base` profile, always present,
 * holds the long-term key of local-sts's default user.
 */
export async function makeAwsHome(sts: LocalSts, config: string): Promise<AwsHome> {
  const home = await mkdtemp(join(tmpdir(), 'stskit-home-'));
  const configFile = join(home, 'config');
  const { accessKeyId, secretAccessKey } = sts.defaults;
  await writeFile(configFile, `[profile base]\naws_access_key_id = ${accessKeyId}\naws_secret_access_key = ${secretAccessKey}\n\n${config}`);
  return {
    home,
    configFile,
    env: {
      HOME: home,
      AWS_CONFIG_FILE: configFile,
      AWS_SHARED_CREDENTIALS_FILE: join(home, 'no-credentials'),
      AWS_REGION: 'us-east-1',
      AWS_ENDPOINT_URL_STS: sts.endpoint,
      AWS_EC2_METADATA_DISABLED: 'true',
      PATH: process.env.PATH ?? '',
    },
  };
}
