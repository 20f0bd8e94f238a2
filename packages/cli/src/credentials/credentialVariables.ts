import type { Credentials } from '@stskit/credentials';

/**
 * The environment variables every AWS SDK and the AWS CLI read credentials from.
 * Secrets included: this is what `env` prints and what `exec` gives its child.
 *
 * @returns name/value pairs, in the order they are printed
 * @public
 */
export function credentialVariables(credentials: Credentials): [string, string][] {
  const variables: [string, string][] = [
    ['AWS_ACCESS_KEY_ID', credentials.accessKeyId],
    ['AWS_SECRET_ACCESS_KEY', credentials.secretAccessKey],
  ];
  if (credentials.sessionToken !== undefined) variables.push(['AWS_SESSION_TOKEN', credentials.sessionToken]);
  if (credentials.expiration !== undefined) variables.push(['AWS_CREDENTIAL_EXPIRATION', credentials.expiration.toISOString()]);
  return variables;
}

/**
 * The region variables, both spellings (SDKs read `AWS_REGION`, older tools
 * `AWS_DEFAULT_REGION`); none when the region is unknown, leaving the child's own setting.
 *
 * @public
 */
export function regionVariables(region: string | undefined): [string, string][] {
  return region === undefined ? [] : [['AWS_REGION', region], ['AWS_DEFAULT_REGION', region]];
}

/** Every variable {@link credentialVariables} may set, so a child never mixes ours with inherited ones. @public */
export const CREDENTIAL_VARIABLE_NAMES: readonly string[] = [
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_CREDENTIAL_EXPIRATION',
];
