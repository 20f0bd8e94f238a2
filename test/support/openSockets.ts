/**
 * The TCP handles (servers and sockets) still open once closed ones have left: a destroyed
 * socket or closed server leaves Node's active resources at the event loop's close phase,
 * a turn or two later, so the loop turns (a bounded number of times, never for a duration)
 * before the answer.
 */
export async function openSocketsAfterClose(): Promise<string[]> {
  const open = () => process.getActiveResourcesInfo().filter((resource) => resource.startsWith('TCP'));
  for (let turn = 0; turn < 10 && open().length > 0; turn++) {
    await new Promise((resolve) => setImmediate(resolve));
  }
  return open();
}
