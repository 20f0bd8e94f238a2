import type { LocalSts } from '@stskit/local-sts';

/**
 * End-to-end profile cases run against local-sts by `fromProfile.integ.spec.ts`: a config
 * file (and optionally a credentials file) in a temporary HOME, the environment, and the
 * identity STS must see, or the error.
 */
export interface E2eCase {
  readonly docs: string;
  readonly profile?: string;
  /** `~/.aws/config`; `$ENDPOINT`, `$KEY`, `$SECRET`, `$HOME` and `$ROLE_n` are replaced. */
  readonly config: string;
  readonly credentials?: string;
  readonly env?: Readonly<Record<string, string>>;
  /** Extra files under HOME, written before the run; values may be functions of the server. */
  readonly files?: Readonly<Record<string, (sts: LocalSts) => Promise<string> | string>>;
  /** Give MFA codes through the `tokenCode` option. */
  readonly tokenCode?: boolean;
  readonly expected: { readonly arn: RegExp } | { readonly error: string };
  /** STS calls by action, when the count matters (one MFA prompt, a cache hit). */
  readonly calls?: Readonly<Record<string, number>>;
}

const KEYS = 'aws_access_key_id = $KEY\naws_secret_access_key = $SECRET\n';

export const E2E_CASES: readonly E2eCase[] = [
  {
    docs: 'static keys in the default profile of the credentials file',
    config: '[default]\nendpoint_url = $ENDPOINT\n',
    credentials: `[default]\n${KEYS}`,
    expected: { arn: /^arn:aws:iam::111122223333:user\/alice$/ },
  },
  {
    docs: 'a role from a source profile, with a configured session name',
    profile: 'plain',
    config: `[profile plain]\nrole_arn = $ROLE_0\nsource_profile = alice\nrole_session_name = e2e-plain\nendpoint_url = $ENDPOINT\n[profile alice]\n${KEYS}`,
    expected: { arn: /^arn:aws:sts::111122223333:assumed-role\/local-sts-plain\/e2e-plain$/ },
  },
  {
    docs: 'a chain of two roles, the second in another account',
    profile: 'cross',
    config: `[profile cross]\nrole_arn = $ROLE_1\nsource_profile = plain\nendpoint_url = $ENDPOINT\n[profile plain]\nrole_arn = $ROLE_0\nsource_profile = alice\n[profile alice]\n${KEYS}`,
    expected: { arn: /^arn:aws:sts::444455556666:assumed-role\/local-sts-cross-account\// },
    calls: { AssumeRole: 2 },
  },
  {
    docs: 'external_id, source_identity and duration_seconds reach AssumeRole',
    profile: 'ext',
    config: `[profile ext]\nrole_arn = $ROLE_3\nsource_profile = alice\nexternal_id = local-sts-external-id\nsource_identity = alice\nduration_seconds = 1800\nendpoint_url = $ENDPOINT\n[profile alice]\n${KEYS}`,
    expected: { arn: /assumed-role\/local-sts-external-id\// },
  },
  {
    docs: 'a wrong external_id stops with STS AccessDenied, naming the provider',
    profile: 'ext',
    config: `[profile ext]\nrole_arn = $ROLE_3\nsource_profile = alice\nexternal_id = wrong\nendpoint_url = $ENDPOINT\n[profile alice]\n${KEYS}`,
    expected: { error: 'fromAssumeRole' },
  },
  {
    docs: 'credential_source = Environment signs with the environment keys',
    profile: 'from-env',
    config: '[profile from-env]\nrole_arn = $ROLE_0\ncredential_source = Environment\nendpoint_url = $ENDPOINT\n',
    env: { AWS_ACCESS_KEY_ID: '$KEY', AWS_SECRET_ACCESS_KEY: '$SECRET' },
    expected: { arn: /assumed-role\/local-sts-plain\// },
  },
  {
    docs: 'credential_process prints the source keys of a role',
    profile: 'via-process',
    config: `[profile via-process]\nrole_arn = $ROLE_0\nsource_profile = printer\nendpoint_url = $ENDPOINT\n[profile printer]\ncredential_process = cat $HOME/creds.json\n`,
    files: { 'creds.json': (sts) => JSON.stringify({ Version: 1, AccessKeyId: sts.defaults.accessKeyId, SecretAccessKey: sts.defaults.secretAccessKey }) },
    expected: { arn: /assumed-role\/local-sts-plain\// },
  },
  {
    docs: 'web_identity_token_file assumes the role with a token from the file',
    profile: 'oidc',
    config: '[profile oidc]\nrole_arn = $ROLE_4\nweb_identity_token_file = $HOME/token\nrole_session_name = e2e-oidc\nendpoint_url = $ENDPOINT\n',
    files: { token: (sts) => sts.defaults.oidc.sign() },
    expected: { arn: /assumed-role\/local-sts-web-identity\/e2e-oidc$/ },
  },
  {
    docs: 'mfa_serial on a role profile, the code from the tokenCode option',
    profile: 'mfa',
    config: `[profile mfa]\nrole_arn = $ROLE_2\nsource_profile = alice\nmfa_serial = $MFA\nendpoint_url = $ENDPOINT\n[profile alice]\n${KEYS}`,
    tokenCode: true,
    expected: { arn: /assumed-role\/local-sts-mfa\// },
  },
  {
    docs: 'mfa_serial on the static-key profile: one MFA session, which the MFA role accepts',
    profile: 'mfa',
    config: `[profile mfa]\nrole_arn = $ROLE_2\nsource_profile = alice\nendpoint_url = $ENDPOINT\n[profile alice]\n${KEYS}mfa_serial = $MFA\n`,
    tokenCode: true,
    expected: { arn: /assumed-role\/local-sts-mfa\// },
    calls: { GetSessionToken: 1, AssumeRole: 1 },
  },
  {
    docs: 'mfa_process gives the code',
    profile: 'mfa',
    config: `[profile mfa]\nrole_arn = $ROLE_2\nsource_profile = alice\nmfa_serial = $MFA\nmfa_process = cat $HOME/code\nendpoint_url = $ENDPOINT\n[profile alice]\n${KEYS}`,
    files: { code: (sts) => sts.defaults.totp() },
    expected: { arn: /assumed-role\/local-sts-mfa\// },
  },
  {
    docs: 'mfa_serial with no code source names the profile',
    profile: 'mfa',
    config: `[profile mfa]\nrole_arn = $ROLE_2\nsource_profile = alice\nmfa_serial = $MFA\nendpoint_url = $ENDPOINT\n[profile alice]\n${KEYS}`,
    expected: { error: 'profile "mfa" sets mfa_serial, but nothing gives the MFA code' },
  },
  {
    docs: "a services section's STS endpoint is used",
    profile: 'svc',
    config: `[profile svc]\nrole_arn = $ROLE_0\nsource_profile = alice\nservices = local\nendpoint_url = http://127.0.0.1:9\n[services local]\nsts =\n  endpoint_url = $ENDPOINT\n[profile alice]\n${KEYS}`,
    expected: { arn: /assumed-role\/local-sts-plain\// },
  },
  {
    docs: 'AWS_ENDPOINT_URL_STS wins over the profile endpoint',
    profile: 'plain',
    config: `[profile plain]\nrole_arn = $ROLE_0\nsource_profile = alice\nendpoint_url = http://127.0.0.1:9\n[profile alice]\n${KEYS}`,
    env: { AWS_ENDPOINT_URL_STS: '$ENDPOINT' },
    expected: { arn: /assumed-role\/local-sts-plain\// },
  },
  {
    docs: 'AWS_CONFIG_FILE and AWS_PROFILE choose file and profile',
    config: '',
    env: { AWS_CONFIG_FILE: '$HOME/elsewhere.ini', AWS_PROFILE: 'plain' },
    files: { 'elsewhere.ini': () => `[profile plain]\nrole_arn = $ROLE_0\nsource_profile = alice\nendpoint_url = $ENDPOINT\n[profile alice]\n${KEYS}` },
    expected: { arn: /assumed-role\/local-sts-plain\// },
  },
  {
    docs: 'a loop is printed',
    profile: 'a',
    config: '[profile a]\nrole_arn = $ROLE_0\nsource_profile = b\n[profile b]\nrole_arn = $ROLE_0\nsource_profile = a\n',
    expected: { error: 'source_profile loop: a → b → a' },
  },
  {
    docs: 'a misconfiguration names the profile, the key and the file',
    profile: 'bad',
    config: '[profile bad]\nrole_arn = $ROLE_0\ncredential_source = Ec2\n',
    expected: { error: "credential_source of profile \"bad\" ($HOME/.aws/config) must be one of Environment, Ec2InstanceMetadata, EcsContainer, got 'Ec2'" },
  },
];
