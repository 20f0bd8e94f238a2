/**
 * `@aws-sdk/client-sts` clients pointed at a local-sts: the peer we did not write.
 */
import { STSClient, type STSClientConfig } from '@aws-sdk/client-sts';
import type { LocalSts } from '../../src/startLocalSts.js';

export interface KeyPair {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
}

/**
 * A client signing with `credentials` (default: the default user), one attempt unless told,
 * and signing with the server's (fake) time, as an SDK does once it has corrected its skew.
 */
export function sdkClient(sts: LocalSts, credentials?: KeyPair, config: Partial<STSClientConfig> = {}): STSClient {
  const { accessKeyId, secretAccessKey } = credentials ?? sts.defaults;
  const sessionToken = credentials?.sessionToken;
  return new STSClient({
    endpoint: sts.endpoint,
    region: 'us-east-1',
    maxAttempts: 1,
    systemClockOffset: sts.now() - Date.now(),
    credentials: { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) },
    ...config,
  });
}

/** The credentials of an STS reply, as a key pair. */
export function keyPairOf(credentials: { AccessKeyId?: string; SecretAccessKey?: string; SessionToken?: string } | undefined): KeyPair {
  return { accessKeyId: credentials!.AccessKeyId!, secretAccessKey: credentials!.SecretAccessKey!, sessionToken: credentials!.SessionToken! };
}

/** The wire error code (the SDK names modeled errors by shape), HTTP status and message of a rejection. */
export async function failureOf(promise: Promise<unknown>): Promise<{ code: string; status: number | undefined; message: string }> {
  try {
    await promise;
  } catch (error) {
    const failure = error as { name: string; Code?: string; message: string; $metadata?: { httpStatusCode?: number } };
    return { code: failure.Code ?? failure.name, status: failure.$metadata?.httpStatusCode, message: failure.message };
  }
  throw new Error('expected the call to fail');
}
