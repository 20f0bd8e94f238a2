import type { ProviderStats } from './ProviderStats.js';
import type { SdkWorkload } from './SdkWorkload.js';

/**
 * The demo's live status: one line per provider (identity, time to expiry, refreshes,
 * STS calls) and one for the SDK client. Never a secret: only ARNs and counts.
 *
 * @internal
 */
export function statusLines(providers: readonly ProviderStats[], workload: SdkWorkload, now: number): string[] {
  const width = Math.max(...providers.map((stats) => stats.label.length), 'SDK client'.length) + 2;
  const lines = providers.map((stats) =>
    [
      stats.label.padEnd(width),
      `expires in ${expiresIn(stats.expiration, now).padStart(4)}`,
      `  refreshes ${String(stats.refreshes).padStart(3)}`,
      `  STS calls ${String(stats.stsCalls).padStart(3)}`,
      `  ${stats.identity}`,
    ].join(''),
  );
  const failed = workload.failures === 0 ? '' : `, ${workload.failures} failed (${workload.lastError ?? ''})`;
  lines.push(`${'SDK client'.padEnd(width)}GetCallerIdentity calls ${workload.calls}${failed}  → ${workload.identity ?? '…'}`);
  return lines;
}

function expiresIn(expiration: Date | undefined, now: number): string {
  if (expiration === undefined) return '…';
  return `${Math.max(0, Math.round((expiration.getTime() - now) / 1000))}s`;
}

/**
 * The closing summary, and whether the run went as it must: every SDK call succeeded and
 * no expired credentials were ever served.
 *
 * @internal
 */
export function summary(providers: readonly ProviderStats[], workload: SdkWorkload): { lines: string[]; ok: boolean } {
  const refreshes = providers.reduce((total, stats) => total + stats.refreshes, 0);
  const stsCalls = providers.reduce((total, stats) => total + stats.stsCalls, 0);
  const byProvider = providers.map((stats) => `${stats.label} ${stats.refreshes}`).join(', ');
  const ok = workload.calls > 0 && workload.failures === 0 && workload.expiredServed === 0;
  return {
    ok,
    lines: [
      'Summary',
      `  SDK calls made:                   ${workload.calls} (${workload.failures} failed)`,
      `  credential refreshes:             ${refreshes} (${byProvider})`,
      `  STS calls by the providers:       ${stsCalls}`,
      `  calls that waited on the network: ${workload.waited} (after the first)`,
      `  expired credentials served:       ${workload.expiredServed}`,
      ok ? 'OK: every call succeeded, and no call ever got expired credentials.' : 'FAILED: see the counts above.',
    ],
  };
}
