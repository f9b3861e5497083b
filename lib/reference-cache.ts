import "server-only";
import { LRUCache } from "lru-cache";
import { db } from "@/db/client";
import { requestSettings } from "./settings-request";

/** Stamped by the database whenever the reference data changes (drizzle/0010_reference_version.sql). */
export const REFERENCE_VERSION_SETTING = "reference.version";

/**
 * What pages read of the reference data (the resolutions, cycles, timeline, Member States and reviewers:
 * the same for every reader, changed only by the Secretariat's rare edits), kept in memory while the
 * database's version stamp stays the same. The stamp comes with the settings each request reads anyway
 * (with the session check, lib/auth/guards.ts), so a hit costs no statement, and an edit made through
 * any app instance, or by hand in SQL, is seen by every instance on its next request: the triggers stamp
 * it in the edit's own transaction. Without a stamp (a database not yet migrated), nothing is kept.
 *
 * Only pages read through this; Server Actions and route handlers that decide something read the tables
 * themselves. Keyed by the database handle, so tests with several databases never mix them; callers must
 * not mutate what it returns.
 */
interface Kept {
  version: string;
  entries: LRUCache<string, Promise<unknown>>;
}
const kept = new WeakMap<object, Kept>();

/** At most this many answers per database (a State's name on a day is one each): oldest unused first. */
const MAX_ENTRIES = 2000;

export async function reference<T>(key: string, load: () => PromiseLike<T>): Promise<T> {
  const version = (await requestSettings()).get(REFERENCE_VERSION_SETTING)?.value;
  if (typeof version !== "string") return load();
  const handle = db();
  let cache = kept.get(handle);
  // A request that read the stamp before the last edit (stamps are UTC times in one form, so they compare as text).
  if (cache && version < cache.version) return load();
  if (!cache || cache.version !== version) kept.set(handle, (cache = { version, entries: new LRUCache({ max: MAX_ENTRIES }) }));
  const hit = cache.entries.get(key) as Promise<T> | undefined;
  if (hit) return hit;
  // A query builder is a lazy thenable that runs its statement on every `then`: Promise.resolve runs it once.
  const pending = Promise.resolve(load());
  const entries = cache.entries;
  entries.set(key, pending);
  pending.catch(() => entries.delete(key));
  return pending;
}
