import { StsError } from './StsError.js';

/** Which model constraint a member broke. */
export type ValidationRule = 'required' | 'type' | 'length' | 'pattern' | 'range' | 'size' | 'unknown';

/** One bad field: `field` is a path such as `Tags[2].Key` or `PolicyArns[0].arn`. */
export interface ValidationIssue {
  readonly field: string;
  readonly rule: ValidationRule;
  /** Says what was expected; never echoes the value of a sensitive member. */
  readonly message: string;
}

/**
 * Input that breaks the model's constraints, caught before any request is sent.
 * It names every bad field at once, not just the first.
 *
 * @public
 */
export class StsValidationError extends StsError {
  override name = 'StsValidationError';
  readonly operation: string;
  readonly issues: readonly ValidationIssue[];

  constructor(operation: string, issues: readonly ValidationIssue[]) {
    const list = issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ');
    const noun = issues.length === 1 ? 'error' : 'errors';
    super(`${operation}: ${issues.length} validation ${noun}: ${list}`);
    this.operation = operation;
    this.issues = issues;
  }
}
