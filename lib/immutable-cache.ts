import "server-only";

/**
 * A per-process cache for rows that are never updated once written: a resolution's text, paragraphs
 * and requested items (the app inserts a new resolution with them in one transaction and never edits
 * them). The same for every user, so sharing it across requests serves no one another's data; keyed
 * by the database handle, so tests with several databases in one process never mix them. A failed
 * or empty answer is not kept. Callers must not mutate what it returns.
 */
const caches = new WeakMap<object, Map<string, Promise<unknown>>>();

export function immutable<T>(db: object, key: string, load: () => PromiseLike<T>): Promise<T> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const hit = cache.get(key) as Promise<T> | undefined;
  if (hit) return hit;
  // A query builder is a lazy thenable that runs its statement on every `then`: kept as it is, each
  // reader would query again. Promise.resolve calls `then` once and keeps the answer.
  const pending = Promise.resolve(load());
  cache.set(key, pending);
  pending.then(
    (value) => {
      if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) cache.delete(key);
    },
    () => cache.delete(key),
  );
  return pending;
}
