// A long-running program using AWS SDK v3 with no credentials of its own, as `stskit exec
// --server` runs one: its default chain finds the container endpoint in the environment.
// It calls GetCallerIdentity every INTERVAL_MS, COUNT times, and prints one JSON line per
// call: the access key it signed with and the ARN STS saw (never a secret).
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { setTimeout as sleep } from 'node:timers/promises';

const [count, intervalMs] = process.argv.slice(2).map(Number);
const client = new STSClient({});
for (let call = 0; call < count; call += 1) {
  const { accessKeyId } = await client.config.credentials();
  const { Arn } = await client.send(new GetCallerIdentityCommand({}));
  process.stdout.write(`${JSON.stringify({ accessKeyId, arn: Arn })}\n`);
  await sleep(intervalMs);
}
client.destroy();
