/**
 * AssumeRole requests per second: local-sts vs moto, same client, same machine, same run,
 * loopback only, bounded by a request count and a time budget per server.
 *
 * The client is a plain SigV4-signed request loop over a keep-alive agent, and local-sts runs
 * in a worker thread: with @aws-sdk/client-sts in the same thread the SDK's own per-request
 * cost (~1 ms) is what gets measured, not the server.
 */
import { spawn } from 'node:child_process';
import { createHash, createHmac } from 'node:crypto';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { Worker } from 'node:worker_threads';

const IN_FLIGHT = 16;
const WARMUP_REQUESTS = 50;
// A file URL, not the package name: the worker's data: URL source cannot resolve bare names.
const LOCAL_STS = new URL('../packages/local-sts/dist/bundle/index.js', import.meta.url).href;

const hmac = (key, data) => createHmac('sha256', key).update(data).digest();
const sha256 = (data) => createHash('sha256').update(data).digest('hex');

/** One SigV4-signed AssumeRole POST (service sts, region us-east-1). */
function signedAssumeRole(url, { accessKeyId, secretAccessKey }, roleArn) {
  const body = `Action=AssumeRole&Version=2011-06-15&RoleSessionName=bench&RoleArn=${encodeURIComponent(roleArn)}`;
  const amzDate = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const scope = `${amzDate.slice(0, 8)}/us-east-1/sts/aws4_request`;
  const headers = { 'content-type': 'application/x-www-form-urlencoded', host: url.host, 'x-amz-date': amzDate };
  const signedHeaders = Object.keys(headers).sort();
  const canonical = ['POST', '/', '', ...signedHeaders.map((name) => `${name}:${headers[name]}`), '', signedHeaders.join(';'), sha256(body)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${secretAccessKey}`, amzDate.slice(0, 8)), 'us-east-1'), 'sts'), 'aws4_request');
  const signature = hmac(key, ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonical)].join('\n')).toString('hex');
  const authorization = `AWS4-HMAC-SHA256 Credential=${accessKeyId}/${scope}, SignedHeaders=${signedHeaders.join(';')}, Signature=${signature}`;
  return { body, headers: { ...headers, authorization } };
}

function post(url, agent, signed) {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method: 'POST', agent, headers: signed.headers }, (reply) => {
      reply.resume();
      reply.on('end', () => (reply.statusCode === 200 ? resolve() : reject(new Error(`HTTP ${reply.statusCode}`))));
    });
    outgoing.on('error', reject);
    outgoing.end(signed.body);
  });
}

async function throughput(endpoint, credentials, roleArn, { requests, budgetMs }) {
  const url = new URL(endpoint);
  const agent = new Agent({ keepAlive: true, maxSockets: IN_FLIGHT });
  const call = () => post(url, agent, signedAssumeRole(url, credentials, roleArn));
  for (let index = 0; index < WARMUP_REQUESTS; index += 1) await call();
  let done = 0;
  const started = performance.now();
  const deadline = started + budgetMs;
  const worker = async () => {
    while (done < requests && performance.now() < deadline) {
      done += 1;
      await call();
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return { done, rps: done / seconds };
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startMoto() {
  const port = await freePort();
  const child = spawn('python3', ['-m', 'moto.server', '-H', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' });
  const endpoint = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`moto exited with code ${child.exitCode}`);
    try {
      await fetch(`${endpoint}/moto-api/`);
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const close = () => new Promise((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', resolve), child.kill('SIGTERM'))));
  return { endpoint, close };
}

/** local-sts (the built package) in a worker thread, so client and server do not share a CPU. */
async function startLocalStsWorker() {
  const source = `
    import { parentPort } from 'node:worker_threads';
    const { startLocalSts } = await import(${JSON.stringify(LOCAL_STS)});
    const sts = await startLocalSts();
    const { accessKeyId, secretAccessKey, roleArns } = sts.defaults;
    parentPort.postMessage({ endpoint: sts.endpoint, credentials: { accessKeyId, secretAccessKey }, roleArn: roleArns[0] });
    parentPort.once('message', () => sts.close().then(() => parentPort.close()));
  `;
  const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(source)}`));
  const started = await new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  const close = () => new Promise((resolve) => {
    worker.once('exit', resolve);
    worker.postMessage('close');
  });
  return { ...started, close };
}

export async function run({ quick = false } = {}) {
  const limits = quick ? { requests: 1_000, budgetMs: 5_000 } : { requests: 10_000, budgetMs: 20_000 };
  const sts = await startLocalStsWorker();
  let ours;
  try {
    ours = await throughput(sts.endpoint, sts.credentials, sts.roleArn, limits);
  } finally {
    await sts.close();
  }
  let theirs;
  let motoNote = '';
  try {
    const moto = await startMoto();
    try {
      // moto's defaults: request authentication off, any role ARN accepted.
      theirs = await throughput(moto.endpoint, { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'bench' }, 'arn:aws:iam::123456789012:role/bench', limits);
    } finally {
      await moto.close();
    }
  } catch (error) {
    motoNote = ` moto could not be measured: ${error.message}.`;
  }
  const row = (name, result) => [name, String(result.done), result.rps.toFixed(0)];
  const rows = [row('local-sts', ours)];
  if (theirs) {
    rows.push(row('moto', theirs));
    rows.push(['ratio (local-sts / moto)', '', `${(ours.rps / theirs.rps).toFixed(1)}x`]);
  }
  return {
    section: 'local-sts throughput',
    intro:
      `AssumeRole as SigV4-signed POSTs over loopback keep-alive connections (the same minimal client for both servers; local-sts in a worker thread), ` +
      `${IN_FLIGHT} requests in flight, after ${WARMUP_REQUESTS} warm-up calls; ` +
      `at most ${limits.requests} requests or ${limits.budgetMs / 1000} s per server. local-sts verifies every SigV4 signature and ` +
      `applies the role's trust; moto runs with its defaults (no signature checking).${motoNote}`,
    headers: ['server', 'requests', 'requests/s'],
    rows,
  };
}
