import { StsError } from './StsError.js';

/** Who STS blames: `Sender` is a client fault (4xx), `Receiver` a server fault. */
export type FaultType = 'Sender' | 'Receiver';

/** @public */
export interface StsServiceErrorDetails {
  /** The wire `Code`, e.g. `AccessDenied`, `ExpiredTokenException`, `Throttling`. */
  readonly code: string;
  readonly message: string;
  readonly type?: FaultType | undefined;
  readonly requestId?: string | undefined;
  readonly statusCode: number;
  readonly retryable: boolean;
}

/**
 * An error reply from STS. `name` and `code` are the wire code, as in AWS SDK v3, so
 * `err.name === 'ExpiredTokenException'` works; the status code keeps the modeled
 * `ExpiredTokenException` (400, a presented web identity or SAML token expired) apart from
 * the unmodeled `ExpiredToken` (403, the signing credentials expired).
 *
 * @public
 */
export class StsServiceError extends StsError {
  override name: string;
  readonly code: string;
  readonly type: FaultType | undefined;
  readonly requestId: string | undefined;
  readonly statusCode: number;
  readonly retryable: boolean;

  constructor(details: StsServiceErrorDetails, options?: ErrorOptions) {
    super(details.message, options);
    this.name = details.code;
    this.code = details.code;
    this.type = details.type;
    this.requestId = details.requestId;
    this.statusCode = details.statusCode;
    this.retryable = details.retryable;
  }
}
