import { createRequire } from 'node:module';
import type { AwsCredentialIdentity } from '@smithy/types';
import { STS_SIGNING_NAME } from '../protocol/constants.js';

/** @internal */
export interface SigningContext {
  readonly credentials: AwsCredentialIdentity;
  readonly signingRegion: string;
  /** The request time, already corrected for clock skew. */
  readonly signingDate: Date;
}

interface SignerModules {
  readonly SignatureV4: typeof import('@smithy/signature-v4').SignatureV4;
  readonly Hash: typeof import('@smithy/hash-node').Hash;
}

let signerModules: SignerModules | undefined;

/**
 * The SDK's signer costs more to load than the rest of this package together, and the
 * unsigned operations never need it: it is loaded on the first signed request, from its
 * bundled CommonJS build, which loads several times faster than its tree of ES modules.
 */
function loadSigner(): SignerModules {
  if (!signerModules) {
    const require = createRequire(import.meta.url);
    const { SignatureV4 } = require('@smithy/signature-v4') as typeof import('@smithy/signature-v4');
    const { Hash } = require('@smithy/hash-node') as typeof import('@smithy/hash-node');
    signerModules = { SignatureV4, Hash };
  }
  return signerModules;
}

/**
 * Signs a Query request with SigV4 (service `sts`) and returns the headers to send:
 * `authorization`, `x-amz-date`, `x-amz-content-sha256` and, for temporary credentials,
 * `x-amz-security-token`. The signer hashes exactly `body`, so it must be the bytes sent.
 *
 * @internal
 */
export async function signRequest(
  url: URL,
  headers: Readonly<Record<string, string>>,
  body: string,
  context: SigningContext,
): Promise<Record<string, string>> {
  const { SignatureV4, Hash } = loadSigner();
  const signer = new SignatureV4({
    service: STS_SIGNING_NAME,
    region: context.signingRegion,
    credentials: context.credentials,
    sha256: Hash.bind(null, 'sha256'),
  });
  const signed = await signer.sign(
    {
      method: 'POST',
      protocol: url.protocol,
      hostname: url.hostname,
      port: url.port ? Number(url.port) : undefined,
      path: url.pathname,
      query: {},
      headers: { ...headers },
      body,
    },
    { signingDate: context.signingDate },
  );
  return signed.headers;
}
