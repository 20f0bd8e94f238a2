/**
 * The faults scheduled on a running server. Rules are consulted in the order added; the
 * first that matches a call and has uses left applies, and spends one use.
 *
 * @public
 */
import type { StsOperationName } from '@stskit/sts/protocol';
import type { Fault, FaultRule } from './Fault.js';

interface ScheduledFault {
  readonly action?: StsOperationName;
  remaining: number;
  readonly fault: Fault;
}

/** @public */
export class FaultPlan {
  private scheduled: ScheduledFault[] = [];

  constructor(rules: readonly FaultRule[] = []) {
    for (const rule of rules) this.add(rule);
  }

  /** Schedules `rule`. */
  add(rule: FaultRule): void {
    const remaining = rule.times ?? Infinity;
    if (!(remaining > 0)) throw new TypeError(`FaultRule.times must be a positive number, got ${rule.times}`);
    this.scheduled.push({ ...(rule.action ? { action: rule.action } : {}), remaining, fault: rule.fault });
  }

  /** Removes every fault, or those of one action. */
  clear(action?: StsOperationName): void {
    this.scheduled = action === undefined ? [] : this.scheduled.filter((entry) => entry.action !== action);
  }

  /** The faults still scheduled, with their remaining uses. */
  pending(): FaultRule[] {
    return this.scheduled.map(({ action, remaining, fault }) => ({ ...(action ? { action } : {}), times: remaining, fault }));
  }

  /** The fault for this call of `action`, if any, spending one use. @internal */
  take(action: StsOperationName): Fault | undefined {
    const entry = this.scheduled.find((candidate) => candidate.action === undefined || candidate.action === action);
    if (!entry) return undefined;
    entry.remaining -= 1;
    if (entry.remaining <= 0) this.scheduled = this.scheduled.filter((candidate) => candidate !== entry);
    return entry.fault;
  }
}
