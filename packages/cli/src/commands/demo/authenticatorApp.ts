import { setTimeout as sleep } from 'node:timers/promises';

/** The TOTP time step of virtual MFA devices. */
const STEP_MS = 30_000;

/**
 * MFA codes of the demo's virtual device. STS (and local-sts) accept the code of the
 * current 30-second step and of one step either side (clock drift), each only once; this
 * gives the oldest of them still unused, and waits for the next step when all are spent.
 *
 * So an MFA session can be renewed three times at once and then once per step: this is
 * why the demo's credentials last long enough for its session to refresh at most every
 * 30 seconds (see `--lifetime`).
 *
 * @param codeAt - the device's code at an instant (local-sts's `defaults.totp`)
 * @param now - the time of the server that checks the codes
 * @internal
 */
export function authenticatorApp(codeAt: (at: number) => string, now: () => number): () => Promise<string> {
  let lastStep = Number.NEGATIVE_INFINITY;
  return async () => {
    const step = Math.max(Math.floor(now() / STEP_MS) - 1, lastStep + 1);
    const acceptedFrom = (step - 1) * STEP_MS;
    // Unref'd: a demo that ends while waiting for the next code must still exit.
    if (acceptedFrom > now()) await sleep(acceptedFrom - now(), undefined, { ref: false });
    lastStep = step;
    return codeAt(step * STEP_MS);
  };
}
