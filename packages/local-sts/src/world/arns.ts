/**
 * ARNs of the entities local-sts knows, in the forms STS prints.
 *
 * @internal
 */

/** `arn:aws:iam::ACCOUNT:user/PATH/NAME` */
export function userArn(accountId: string, name: string, path = '/'): string {
  return `arn:aws:iam::${accountId}:user${path}${name}`;
}

/** `arn:aws:iam::ACCOUNT:role/PATH/NAME` */
export function roleArn(accountId: string, name: string, path = '/'): string {
  return `arn:aws:iam::${accountId}:role${path}${name}`;
}

/** `arn:aws:sts::ACCOUNT:assumed-role/NAME/SESSION` (the role path is not part of it, as on AWS) */
export function assumedRoleArn(accountId: string, roleName: string, sessionName: string): string {
  return `arn:aws:sts::${accountId}:assumed-role/${roleName}/${sessionName}`;
}

/** `arn:aws:sts::ACCOUNT:federated-user/NAME` */
export function federatedUserArn(accountId: string, name: string): string {
  return `arn:aws:sts::${accountId}:federated-user/${name}`;
}

/** `arn:aws:iam::ACCOUNT:root` */
export function rootArn(accountId: string): string {
  return `arn:aws:iam::${accountId}:root`;
}

/** `arn:aws:iam::ACCOUNT:oidc-provider/HOST/PATH` */
export function oidcProviderArn(accountId: string, issuer: string): string {
  return `arn:aws:iam::${accountId}:oidc-provider/${issuer.replace(/^https:\/\//, '')}`;
}

/** `arn:aws:iam::ACCOUNT:saml-provider/NAME` */
export function samlProviderArn(accountId: string, name: string): string {
  return `arn:aws:iam::${accountId}:saml-provider/${name}`;
}

/** The account of an IAM or STS ARN, or undefined. */
export function accountOfArn(arn: string): string | undefined {
  return /^arn:aws:(?:iam|sts)::(\d{12}):/.exec(arn)?.[1];
}
