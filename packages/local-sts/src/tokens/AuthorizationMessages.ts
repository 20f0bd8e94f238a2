/**
 * Encoded authorization-failure messages, as AWS services return them for
 * DecodeAuthorizationMessage: opaque to the holder (AES-256-GCM under a key that never
 * leaves this server), readable only through STS, and only in the account they concern.
 *
 * @internal
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** @internal */
export interface AuthorizationMessage {
  readonly accountId: string;
  readonly message: unknown;
}

/** @internal */
export class AuthorizationMessages {
  private readonly key = randomBytes(32);

  /** Encodes `message` (any JSON value) for `accountId`. */
  encode(message: unknown, accountId: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const plaintext = JSON.stringify({ accountId, message } satisfies AuthorizationMessage);
    const sealed = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    // Standard base64, as AWS services hand these out: base64url could start with '-', which
    // command lines (the AWS CLI's included) read as a flag.
    return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64');
  }

  /** The message, or undefined when `encoded` was not made by this server or was altered. */
  decode(encoded: string): AuthorizationMessage | undefined {
    const bytes = Buffer.from(encoded, 'base64');
    if (bytes.length <= IV_BYTES + TAG_BYTES) return undefined;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, bytes.subarray(0, IV_BYTES));
      decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      const plaintext = Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
      return JSON.parse(plaintext.toString('utf8')) as AuthorizationMessage;
    } catch {
      return undefined;
    }
  }
}
