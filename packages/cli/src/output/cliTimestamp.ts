/**
 * A timestamp as AWS CLI v2 prints it: Python's `datetime.isoformat()` of the UTC time,
 * `2026-11-23T07:07:04+00:00`, with microseconds only when there is a fraction
 * (`2025-11-11T22:44:21.703000+00:00`). See STS-API.md §7.7.
 *
 * @public
 */
export function cliTimestamp(date: Date): string {
  const iso = date.toISOString(); // 2026-11-23T07:07:04.703Z
  const seconds = iso.slice(0, 19);
  const milliseconds = iso.slice(20, 23);
  const fraction = milliseconds === '000' ? '' : `.${milliseconds}000`;
  return `${seconds}${fraction}+00:00`;
}
