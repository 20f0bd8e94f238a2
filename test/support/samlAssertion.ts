/**
 * Builds a minimal base64 SAML 2.0 Response naming a role and a session name, the shape IdPs
 * post to AWS. Unsigned: fine for moto and for servers that document they skip XML signatures.
 */
export interface SamlAssertionInput {
  readonly roleArn: string;
  readonly principalArn: string;
  readonly sessionName: string;
  readonly issuer?: string;
  readonly notOnOrAfter?: Date;
}

export function buildSamlAssertion(input: SamlAssertionInput): string {
  const issuer = input.issuer ?? 'https://idp.example.com/saml';
  const notOnOrAfter = (input.notOnOrAfter ?? new Date(Date.now() + 3600_000)).toISOString();
  const attribute = (name: string, value: string) =>
    `<saml:Attribute Name="${name}"><saml:AttributeValue>${value}</saml:AttributeValue></saml:Attribute>`;
  const xml = `<?xml version="1.0"?>
<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_r1" Version="2.0">
  <saml:Issuer>${issuer}</saml:Issuer>
  <saml:Assertion ID="_a1" Version="2.0">
    <saml:Issuer>${issuer}</saml:Issuer>
    <saml:Subject>
      <saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:transient">alice</saml:NameID>
      <saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
        <saml:SubjectConfirmationData NotOnOrAfter="${notOnOrAfter}" Recipient="https://signin.aws.amazon.com/saml"/>
      </saml:SubjectConfirmation>
    </saml:Subject>
    <saml:Conditions NotOnOrAfter="${notOnOrAfter}">
      <saml:AudienceRestriction><saml:Audience>https://signin.aws.amazon.com/saml</saml:Audience></saml:AudienceRestriction>
    </saml:Conditions>
    <saml:AttributeStatement>
      ${attribute('https://aws.amazon.com/SAML/Attributes/Role', `${input.roleArn},${input.principalArn}`)}
      ${attribute('https://aws.amazon.com/SAML/Attributes/RoleSessionName', input.sessionName)}
    </saml:AttributeStatement>
  </saml:Assertion>
</samlp:Response>`;
  return Buffer.from(xml).toString('base64');
}
