/**
 * Calls a user hook without letting it break the cache: a hook that throws, or returns a
 * promise that rejects, is ignored. Hooks observe refreshes; a bug in logging code must
 * not turn a good refresh into a failure or leave the cache half-updated.
 *
 * @internal
 */
export function callHook<T>(hook: ((value: T) => unknown) | undefined, value: T): void {
  if (hook === undefined) return;
  try {
    const result = hook(value);
    if (result instanceof Promise) result.catch(() => undefined);
  } catch {
    // Ignored on purpose, see above.
  }
}
