/**
 * How a flag takes its value:
 * - `string`: one value (`--role-arn ARN` or `--role-arn=ARN`);
 * - `boolean`: no value (`--debug`);
 * - `list`: one or more values, as the AWS CLI takes them: `--tags A B` or `--tags A --tags B`.
 *
 * @public
 */
export type OptionKind = 'string' | 'boolean' | 'list';

/**
 * One flag of a command, as the parser and the help text see it.
 *
 * @public
 */
export interface OptionSpec {
  /** The flag without its dashes, kebab-case: `role-arn`. */
  readonly name: string;
  readonly kind: OptionKind;
  /** One line for the help text. */
  readonly description: string;
  /** Shown in the synopsis: `--role-arn <value>`. @defaultValue 'value' */
  readonly placeholder?: string;
  /** Missing it is a usage error. @defaultValue false */
  readonly required?: boolean;
}

/** What the parser found: values by flag name, and the remaining arguments. @public */
export interface ParsedCommandLine {
  readonly values: Readonly<Record<string, string | boolean | readonly string[] | undefined>>;
  readonly positionals: readonly string[];
}
