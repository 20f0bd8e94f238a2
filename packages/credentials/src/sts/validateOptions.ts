import { CredentialsError } from '../CredentialsError.js';
import { optionProblems, type OptionRule } from './optionRules.js';

/**
 * Checks a provider's options when it is created, before any request (and before any MFA
 * prompt), and reports every bad option at once.
 *
 * @param providerName - starts the message, e.g. `fromAssumeRole`
 * @param options - the provider's init
 * @param rules - the rule of each option to check (see `STS_OPTION_RULES`)
 * @param problems - further problems found by the provider itself, such as a missing pair
 * @throws CredentialsError of kind `InvalidConfiguration` naming each bad option; values
 *   are never quoted, since they may be secrets
 * @throws TypeError when `options` is not an object
 *
 * @example
 * ```ts
 * validateOptions('fromAssumeRole', init, { roleArn: required(STS_OPTION_RULES.roleArn) }, mfaOptionProblems(init));
 * // CredentialsError: fromAssumeRole: invalid options: roleArn is required
 * ```
 *
 * @public
 */
export function validateOptions(
  providerName: string,
  options: object,
  rules: Readonly<Record<string, OptionRule>>,
  problems: readonly string[] = [],
): void {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(`${providerName}: expected an options object, got ${options === null ? 'null' : typeof options}`);
  }
  const all = [...optionProblems(options as Readonly<Record<string, unknown>>, rules), ...problems];
  if (all.length > 0) {
    throw new CredentialsError(`${providerName}: invalid options: ${all.join('; ')}`, { kind: 'InvalidConfiguration' });
  }
}
