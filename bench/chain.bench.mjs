/**
 * A fresh process to its first credential from a shared config profile: stskit's
 * defaultProvider against @aws-sdk/credential-providers' fromIni and fromNodeProviderChain,
 * same machine, same run, same files. Two profiles: static keys, and a role assumed from
 * them against a local-sts started once in a child process (so it costs the measured
 * processes nothing). Each sample is a whole `node` process: start-up, imports, reading
 * the files, the STS call, exit; the figure is the median.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CHAIN = '@stskit/chain';
const LOCAL_STS = '@stskit/local-sts';

const PROVIDERS = {
  // The floor every provider pays: node's own start-up and exit.
  'node alone (floor)': `const get = async () => ({ accessKeyId: PROFILE });`,
  'stskit defaultProvider': `const { defaultProvider } = await import(${JSON.stringify(CHAIN)}); const get = defaultProvider({ profile: PROFILE });`,
  'SDK v3 fromIni': `const { fromIni } = await import('@aws-sdk/credential-providers'); const get = fromIni({ profile: PROFILE });`,
  'SDK v3 fromNodeProviderChain': `const { fromNodeProviderChain } = await import('@aws-sdk/credential-providers'); const get = fromNodeProviderChain({ profile: PROFILE });`,
};

/** Starts local-sts in a child process; resolves to its endpoint and default identities. */
function startLocalStsProcess() {
  const script = `const { startLocalSts } = await import(${JSON.stringify(LOCAL_STS)}); const sts = await startLocalSts();
    const d = sts.defaults; process.stdout.write(JSON.stringify({ endpoint: sts.endpoint, accessKeyId: d.accessKeyId, secretAccessKey: d.secretAccessKey, roleArn: d.roleArns[0] }) + '\\n');`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout.once('data', (line) => resolve({ child, ...JSON.parse(String(line)) }));
    child.once('exit', (code) => reject(new Error(`local-sts exited with ${code}`)));
  });
}

/** Runs one fresh process to its first credential; resolves to its wall time in ms. */
function timeFirstCredential(provider, profile, env) {
  const script = `const PROFILE = ${JSON.stringify(profile)}; ${PROVIDERS[provider]}
    const credentials = await get(); if (!credentials.accessKeyId) process.exit(2); process.exit(0);`;
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) =>
    child.once('exit', (code) =>
      code === 0 ? resolve(Number(process.hrtime.bigint() - started) / 1e6) : reject(new Error(`${provider} (${profile}) exited with ${code}: ${stderr}`)),
    ),
  );
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function run({ quick }) {
  const samples = quick ? 3 : 15;
  const sts = await startLocalStsProcess();
  const home = mkdtempSync(join(tmpdir(), 'stskit-chain-bench-'));
  try {
    mkdirSync(join(home, '.aws'));
    const keys = `aws_access_key_id = ${sts.accessKeyId}\naws_secret_access_key = ${sts.secretAccessKey}\n`;
    writeFileSync(join(home, '.aws', 'config'), `[profile static]\n${keys}[profile role]\nrole_arn = ${sts.roleArn}\nsource_profile = static\n`);
    const env = {
      PATH: process.env.PATH ?? '',
      HOME: home,
      AWS_REGION: 'us-east-1',
      AWS_ENDPOINT_URL_STS: sts.endpoint,
      AWS_EC2_METADATA_DISABLED: 'true',
    };
    const rows = [];
    for (const [scenario, profile] of [['static keys profile', 'static'], ['role profile (AssumeRole on local-sts)', 'role']]) {
      const times = Object.fromEntries(Object.keys(PROVIDERS).map((name) => [name, []]));
      // Interleaved, so drift in the machine's load falls on every provider alike.
      for (let i = 0; i < samples; i++) {
        for (const name of Object.keys(PROVIDERS)) times[name].push(await timeFirstCredential(name, profile, env));
      }
      const sdk = median(times['SDK v3 fromIni']);
      const floor = median(times['node alone (floor)']);
      for (const [name, values] of Object.entries(times)) {
        const ms = median(values);
        rows.push([scenario, name, ms.toFixed(1), `${(ms / sdk).toFixed(2)}×`, `${(ms - floor).toFixed(1)} ms`]);
      }
    }
    return {
      section: 'Profile credentials: a fresh process to its first credential',
      intro:
        `Median wall time of ${samples} fresh \`node\` processes, each importing the provider, reading a temporary ` +
        '`~/.aws/config` and resolving its first credential (the role profile with one AssumeRole to a local-sts ' +
        'in another process). Providers are interleaved; the floor is a process that imports nothing. ' +
        'Target: stskit at most half of the SDK.',
      headers: ['profile', 'provider', 'median ms', 'vs SDK fromIni', 'above the floor'],
      rows,
    };
  } finally {
    sts.child.kill();
    rmSync(home, { recursive: true, force: true });
  }
}
