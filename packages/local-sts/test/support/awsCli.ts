/**
 * Runs the AWS CLI v2 against an endpoint with credentials from the environment only, so no
 * profile, config file or instance metadata of the machine leaks into a test.
 */
import { execFile } from 'node:child_process';
import { AWS_CLI_V2 } from '../../../../test/support/peers.js';
import type { KeyPair } from './sdk.js';

export interface CliResult {
  readonly exitCode: number;
  readonly json: Record<string, any> | undefined;
  readonly stderr: string;
}

export function awsSts(endpoint: string, keys: KeyPair | undefined, args: readonly string[]): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: '/nonexistent',
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_PAGER: '',
    AWS_MAX_ATTEMPTS: '1',
    ...(keys ? { AWS_ACCESS_KEY_ID: keys.accessKeyId, AWS_SECRET_ACCESS_KEY: keys.secretAccessKey } : {}),
    ...(keys?.sessionToken ? { AWS_SESSION_TOKEN: keys.sessionToken } : {}),
  };
  const argv = ['sts', ...args, '--endpoint-url', endpoint, '--region', 'us-east-1', '--output', 'json', ...(keys ? [] : ['--no-sign-request'])];
  return new Promise((resolve) => {
    execFile(AWS_CLI_V2, argv, { env, timeout: 60_000 }, (error, stdout, stderr) => {
      const exitCode = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ exitCode, json: stdout.trim() ? JSON.parse(stdout) : undefined, stderr });
    });
  });
}

/** The credentials of a CLI reply's `Credentials`. */
export function cliKeys(json: Record<string, any> | undefined): KeyPair {
  const credentials = json?.Credentials;
  return { accessKeyId: credentials.AccessKeyId, secretAccessKey: credentials.SecretAccessKey, sessionToken: credentials.SessionToken };
}
