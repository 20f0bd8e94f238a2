/**
 * The contract between the server and one STS operation: its input spec (model members and
 * constraints) and its rule, which decides the outcome from the validated input and the
 * caller. Rules return the `…Result` members or throw an {@link ApiError}.
 *
 * @internal
 */
import type { StsOperationName } from '@stskit/sts/protocol';
import type { SigningCredential } from '../auth/CredentialStore.js';
import type { InputOf, InputSpec } from '../model/inputSpec.js';
import type { XmlObject } from '../server/xml.js';
import type { UserIdentity } from '../trail/CloudTrailEvent.js';
import type { StsServices } from './StsServices.js';

/** What every rule can see. @internal */
export interface RuleContext {
  readonly services: StsServices;
  /** The request time (the server clock), epoch ms. */
  readonly now: number;
  /** Unsigned operations name the identity they verified, for CloudTrail. */
  identify(identity: UserIdentity): void;
}

/** The context of a signed operation: who signed it. @internal */
export interface SignedRuleContext extends RuleContext {
  readonly caller: SigningCredential;
}

/** @internal */
export type Operation = SignedOperation<InputSpec> | UnsignedOperation<InputSpec>;

/** @internal */
export interface SignedOperation<S extends InputSpec> {
  readonly name: StsOperationName;
  readonly signed: true;
  readonly input: S;
  run(input: InputOf<S>, context: SignedRuleContext): XmlObject | Promise<XmlObject>;
}

/** @internal */
export interface UnsignedOperation<S extends InputSpec> {
  readonly name: StsOperationName;
  readonly signed: false;
  readonly input: S;
  run(input: InputOf<S>, context: RuleContext): XmlObject | Promise<XmlObject>;
}

/**
 * Declares a signed operation; the generic ties the rule's input type to its spec.
 *
 * @internal
 */
export function signedOperation<const S extends InputSpec>(definition: Omit<SignedOperation<S>, 'signed'>): Operation {
  return { ...definition, signed: true } as unknown as Operation;
}

/** Declares an operation STS takes unsigned (the token in the request is the proof). @internal */
export function unsignedOperation<const S extends InputSpec>(definition: Omit<UnsignedOperation<S>, 'signed'>): Operation {
  return { ...definition, signed: false } as unknown as Operation;
}
