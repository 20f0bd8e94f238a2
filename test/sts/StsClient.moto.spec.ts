/** Our client against moto, a peer we did not write, with moto's signature checking on. */
import { buildSamlAssertion } from '@stskit/local-sts';
import { describeWithPeer, hasMoto } from '../support/peers.js';
import { startMoto } from '../support/moto.js';
import { createIamUserWithKey, IAM_SETUP_REQUESTS } from '../support/motoIam.js';
import { describeStsClientConformance } from './stsClientConformance.js';

const ACCOUNT = '123456789012';
const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/stskit-test`;
const SAML_PROVIDER = `arn:aws:iam::${ACCOUNT}:saml-provider/idp`;

describeWithPeer('moto', hasMoto)('moto', () => {
  describeStsClientConformance('moto (authentication on)', async () => {
    const [moto, openMoto] = await Promise.all([startMoto(), startMoto()]);
    await moto.enableAuth(IAM_SETUP_REQUESTS);
    const credentials = await createIamUserWithKey(moto.endpoint, 'stskit-signer');
    return {
      endpoint: moto.endpoint,
      // moto answers HTTP 500 to unsigned calls while its authentication is on, so the
      // unsigned operations go to a second moto with authentication off.
      unsignedEndpoint: openMoto.endpoint,
      accountId: ACCOUNT,
      credentials,
      callerArn: `arn:aws:iam::${ACCOUNT}:user/stskit-signer`,
      roleArn: ROLE_ARN,
      // moto checks neither the token nor the assertion's signature; local-sts does.
      webIdentity: { roleArn: ROLE_ARN, token: async () => 'eyJhbGciOiJub25lIn0.e30.' },
      saml: {
        roleArn: ROLE_ARN,
        principalArn: SAML_PROVIDER,
        assertion: (sessionName) =>
          buildSamlAssertion({ issuer: 'https://idp.example.com', roleArn: ROLE_ARN, principalArn: SAML_PROVIDER, issuedAt: Date.now(), sessionName }),
      },
      close: async () => {
        await Promise.all([moto.close(), openMoto.close()]);
      },
    };
  });
});
