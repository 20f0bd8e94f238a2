// @stskit/sts against @aws-sdk/client-sts: client CPU per AssumeRole round trip against the
// same local server, and what importing each costs a fresh process.
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { STSClient, AssumeRoleCommand } from '@aws-sdk/client-sts';
import { StsClient } from '@stskit/sts';
import { startChildServer } from './support/childServer.mjs';
import { freshProcessCost } from './support/freshProcess.mjs';

const benchDir = dirname(fileURLToPath(import.meta.url));
const credentials = { accessKeyId: 'AKIABENCH00000000001', secretAccessKey: 'benchSecret' };
const input = { RoleArn: 'arn:aws:iam::111111111111:role/bench', RoleSessionName: 'bench-session' };

/** CPU microseconds this process spends per call, over `calls` sequential calls after a warm-up. */
async function cpuPerCall(call, calls) {
  for (let i = 0; i < Math.min(200, calls); i++) await call();
  const before = process.cpuUsage();
  for (let i = 0; i < calls; i++) await call();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / calls;
}

const fmt = (value, digits = 0) => value.toFixed(digits);

export async function run({ quick }) {
  const server = await startChildServer(join(benchDir, 'support/fixedReplyServer.mjs'));
  const calls = quick ? 300 : 3000;
  const ours = new StsClient({ region: 'us-east-1', endpoint: server.endpoint, credentials });
  const sdk = new STSClient({ region: 'us-east-1', endpoint: server.endpoint, credentials });
  const rounds = [];
  // Alternate the two clients so drift in machine load hits both alike.
  for (let round = 0; round < 3; round++) {
    const oursCpu = await cpuPerCall(() => ours.assumeRole(input), calls);
    const sdkCpu = await cpuPerCall(() => sdk.send(new AssumeRoleCommand(input)), calls);
    rounds.push([oursCpu, sdkCpu]);
  }
  ours.destroy();
  sdk.destroy();
  const best = (index) => Math.min(...rounds.map((round) => round[index]));
  const [oursCpu, sdkCpu] = [best(0), best(1)];

  // The first call loads what importing deferred (our signer and XML parser), so a fresh
  // process's time to its first AssumeRole result is measured too.
  const firstCall = (client, call) =>
    `${client} const c = new Client({ region: 'us-east-1', endpoint: process.env.BENCH_ENDPOINT, ` +
    `credentials: ${JSON.stringify(credentials)} }); await ${call}; c.destroy();`;
  const startup = freshProcessCost(
    {
      ours: "await import('@stskit/sts');",
      sdk: "await import('@aws-sdk/client-sts');",
      oursFirstCall: firstCall("const { StsClient: Client } = await import('@stskit/sts');", `c.assumeRole(${JSON.stringify(input)})`),
      sdkFirstCall: firstCall(
        "const { STSClient: Client, AssumeRoleCommand } = await import('@aws-sdk/client-sts');",
        `c.send(new AssumeRoleCommand(${JSON.stringify(input)}))`,
      ),
    },
    {
      runs: quick ? 5 : 21,
      cwd: join(benchDir, '..'),
      env: { ...process.env, BENCH_ENDPOINT: server.endpoint, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    },
  );
  await server.close();

  return {
    section: '@stskit/sts vs @aws-sdk/client-sts',
    intro:
      `Client CPU per AssumeRole round trip (best of 3 rounds of ${calls} sequential calls, signing, ` +
      'serializing and parsing included) against one local server in another process, so only the client ' +
      'is measured. Import cost is the median extra time a fresh `node` process takes to import the package; ' +
      'our client loads the SDK signer and the XML parser on its first call instead, so the time to the first ' +
      'AssumeRole result in a fresh process is shown too. Targets: CPU ≤ 0.3×, import ≤ 0.6× the SDK.',
    headers: ['measure', '@stskit/sts', '@aws-sdk/client-sts', 'ratio (ours / SDK)'],
    rows: [
      ['CPU per AssumeRole call (µs)', fmt(oursCpu), fmt(sdkCpu), fmt(oursCpu / sdkCpu, 2)],
      ['import in a fresh process (ms)', fmt(startup.ours, 1), fmt(startup.sdk, 1), fmt(startup.ours / startup.sdk, 2)],
      ['fresh process to its first AssumeRole result (ms)', fmt(startup.oursFirstCall, 1), fmt(startup.sdkFirstCall, 1), fmt(startup.oursFirstCall / startup.sdkFirstCall, 2)],
    ],
  };
}
