/**
 * The shared config keys stskit reads, as the AWS CLI spells them.
 *
 * @internal
 */
export const KEY = {
  accessKeyId: 'aws_access_key_id',
  secretAccessKey: 'aws_secret_access_key',
  sessionToken: 'aws_session_token',
  roleArn: 'role_arn',
  sourceProfile: 'source_profile',
  credentialSource: 'credential_source',
  externalId: 'external_id',
  roleSessionName: 'role_session_name',
  durationSeconds: 'duration_seconds',
  sourceIdentity: 'source_identity',
  mfaSerial: 'mfa_serial',
  mfaProcess: 'mfa_process',
  webIdentityTokenFile: 'web_identity_token_file',
  credentialProcess: 'credential_process',
  region: 'region',
  stsRegionalEndpoints: 'sts_regional_endpoints',
  endpointUrl: 'endpoint_url',
  ignoreConfiguredEndpointUrls: 'ignore_configured_endpoint_urls',
  services: 'services',
} as const;

/** The key of an STS endpoint inside a `[services NAME]` section. @internal */
export const SERVICES_STS_ENDPOINT_URL = 'sts.endpoint_url';
