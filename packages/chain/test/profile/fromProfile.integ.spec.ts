import { inspect } from 'node:util';
import { startLocalSts, type LocalSts } from '@stskit/local-sts';
import { StsClient } from '@stskit/sts';
import { fromProfile } from '../../src/index.js';
import { tempHome, type TempHome } from '../support/tempHome.js';
import { E2E_CASES, type E2eCase } from './e2eCases.js';

// A server per case: each starts with no MFA code used and no calls counted.
let sts: LocalSts;
beforeEach(async () => {
  sts = await startLocalSts();
});
afterEach(() => sts.close());

function substitute(text: string, home: TempHome): string {
  return text
    .replaceAll('$ENDPOINT', sts.endpoint)
    .replaceAll('$KEY', sts.defaults.accessKeyId)
    .replaceAll('$SECRET', sts.defaults.secretAccessKey)
    .replaceAll('$MFA', sts.defaults.mfaSerial)
    .replaceAll('$HOME', home.home)
    .replace(/\$ROLE_(\d)/g, (_, index: string) => sts.defaults.roleArns[Number(index)]!);
}

async function callerArn(credentials: Awaited<ReturnType<ReturnType<typeof fromProfile>>>): Promise<string> {
  const client = new StsClient({ endpoint: sts.endpoint, region: 'us-east-1', credentials, env: {} });
  return (await client.getCallerIdentity({})).Arn!;
}

describe(`${fromProfile.name} against local-sts`, () => {
  it.each(E2E_CASES.map((testCase) => [testCase.docs, testCase] as const))('%s', async (_docs, testCase: E2eCase) => {
    const home = tempHome();
    const logs: string[] = [];
    try {
      home.write('.aws/config', substitute(testCase.config, home));
      if (testCase.credentials !== undefined) home.write('.aws/credentials', substitute(testCase.credentials, home));
      for (const [file, make] of Object.entries(testCase.files ?? {})) home.write(file, substitute(await make(sts), home));
      const env = { HOME: home.home, ...Object.fromEntries(Object.entries(testCase.env ?? {}).map(([k, v]) => [k, substitute(v, home)])) };
      const logger = { debug: () => undefined, info: () => undefined, warn: (m: unknown) => logs.push(String(m)), error: (m: unknown) => logs.push(String(m)) };
      const provider = fromProfile({
        env,
        logger,
        ...(testCase.profile === undefined ? {} : { profile: testCase.profile }),
        ...(testCase.tokenCode === true ? { tokenCode: () => sts.defaults.totp() } : {}),
      });
      const outcome = await provider().then(
        async (credentials) => {
          logs.push(JSON.stringify(credentials), inspect(credentials));
          return { arn: await callerArn(credentials), secrets: [credentials.secretAccessKey, credentials.sessionToken ?? ''] };
        },
        (error: unknown) => {
          logs.push(String(error), JSON.stringify(error), inspect(error));
          return { error: error as Error };
        },
      );
      provider.close();
      if ('arn' in testCase.expected) {
        expect(outcome).toMatchObject({ arn: expect.stringMatching(testCase.expected.arn) });
      } else {
        expect('error' in outcome && outcome.error.message).toContain(substitute(testCase.expected.error, home));
      }
      for (const [action, count] of Object.entries(testCase.calls ?? {})) {
        expect([action, sts.calls(action)]).toEqual([action, count]);
      }
      const secrets = [sts.defaults.secretAccessKey, ...('secrets' in outcome ? outcome.secrets : [])].filter((s) => s !== '');
      for (const secret of secrets) expect(logs.join('\n')).not.toContain(secret);
    } finally {
      home.remove();
    }
  });
});
