import type { Credentials } from '@stskit/credentials';
import { stringValue } from '../args/readValues.js';
import { commandCredentials, CREDENTIAL_OPTIONS } from '../credentials/commandCredentials.js';
import { EXIT } from '../errors.js';
import type { Command } from './Command.js';
import { optionOf } from './sts/StsParameter.js';
import { assumeRoleFromFlags, ROLE_PARAMETERS } from './credentialProcess/assumeRoleFromFlags.js';

/**
 * `stskit credential-process --profile P [--role-arn ARN …]`: the credentials of a profile
 * (or of a role assumed from it) in the JSON that `credential_process` must print, so
 * any AWS SDK or the AWS CLI can use stskit's chain:
 *
 * ```ini
 * [profile dev]
 * credential_process = stskit credential-process --profile dev-base --role-arn arn:aws:iam::111122223333:role/dev
 * ```
 *
 * @see https://docs.aws.amazon.com/sdkref/latest/guide/feature-process-credentials.html
 * @public
 */
export const credentialProcessCommand: Command = {
  name: 'credential-process',
  summary: 'Print credentials in the JSON that credential_process in ~/.aws/config expects',
  options: [...ROLE_PARAMETERS.map(optionOf), ...CREDENTIAL_OPTIONS],
  examples: [
    'stskit credential-process --profile dev-base',
    'stskit credential-process --profile dev-base --role-arn arn:aws:iam::111122223333:role/dev --serial-number arn:aws:iam::111122223333:mfa/alice',
  ],
  async run(context) {
    const source = commandCredentials(context.globals, context.io, context.args);
    try {
      const credentials = stringValue(context.args, 'role-arn') === undefined ? await source() : await assumeRoleFromFlags(context, source);
      context.io.stdout.write(`${JSON.stringify(processOutput(credentials))}\n`);
      return EXIT.ok;
    } finally {
      source.close();
    }
  },
};

/** Version 1 of the `credential_process` output; a missing Expiration means the credentials never expire. */
function processOutput(credentials: Credentials): Record<string, string | number> {
  return {
    Version: 1,
    AccessKeyId: credentials.accessKeyId,
    SecretAccessKey: credentials.secretAccessKey,
    ...(credentials.sessionToken === undefined ? {} : { SessionToken: credentials.sessionToken }),
    ...(credentials.expiration === undefined ? {} : { Expiration: credentials.expiration.toISOString() }),
    ...(credentials.accountId === undefined ? {} : { AccountId: credentials.accountId }),
  };
}
