/** Numbers given to objects that have no identity of their own to print. */
const ids = new WeakMap<object, number>();
let nextId = 1;

/**
 * A number standing for `target` in cache keys: the same for the same object for as long
 * as it lives, different for different objects, and never keeping it alive. Used for
 * source providers, clients and secret-giving functions.
 *
 * @internal
 */
export function objectId(target: object): number {
  let id = ids.get(target);
  if (id === undefined) {
    id = nextId++;
    ids.set(target, id);
  }
  return id;
}
