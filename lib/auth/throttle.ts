import { inArray, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { executedRows } from "@/db/rows";
import { loginThrottle } from "@/db/schema";

/** The base window; a pair that ends a window over its limit gets the next one doubled (up to 2^6). */
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
const MAX_STRIKES = 6;

export interface ThrottleKey {
  key: string;
  limit: number;
  /** Whether the window grows after a window over the limit (a growing delay for one attacker). */
  grows: boolean;
}

/**
 * The keys of one sign-in attempt. The per-account-and-address pair is strict and its delay grows,
 * so a guesser at one address is slowed more and more; the officer at another address is not
 * affected. The account alone has a much higher limit (distributed guessing) and a fixed window, so
 * nobody can keep an account locked for longer than a window without sending that many attempts;
 * the address alone stops one machine spraying many accounts.
 */
export function signInKeys(email: string, ip: string): ThrottleKey[] {
  return [
    { key: `pair:${email}|${ip}`, limit: 5, grows: true },
    { key: `email:${email}`, limit: 50, grows: false },
    { key: `ip:${ip}`, limit: 50, grows: false },
  ];
}

/**
 * Reserves one attempt on every key in ONE statement (INSERT … ON CONFLICT DO UPDATE … RETURNING):
 * each row is locked while it is counted, so parallel attempts are counted one by one and no more
 * than `limit` of them are let through per window. Returns whether this attempt may go on, and
 * until when it is refused otherwise.
 */
export async function reserveAttempt(db: Executor, keys: ThrottleKey[], now: Date): Promise<{ allowed: true } | { allowed: false; retryAt: Date }> {
  const windowMs = THROTTLE_WINDOW_MS;
  const rows = keys.map((k) => sql`(${k.key}::text, 1, ${new Date(now.getTime() + windowMs).toISOString()}::timestamptz, 0)`);
  const grows = keys.filter((k) => k.grows).map((k) => k.key);
  const limits = sql.join(
    keys.map((k) => sql`when ${k.key}::text then ${k.limit}::int`),
    sql` `,
  );
  const result = await db.execute<{ key: string; attempts: number; window_until: Date | string }>(sql`
    insert into login_throttle as t (key, attempts, window_until, strikes)
    values ${sql.join(rows, sql`, `)}
    on conflict (key) do update set
      attempts = case when t.window_until <= ${now.toISOString()}::timestamptz then 1 else t.attempts + 1 end,
      strikes = case
        when t.window_until > ${now.toISOString()}::timestamptz then t.strikes
        when t.attempts > (case t.key ${limits} end) then least(t.strikes + 1, ${MAX_STRIKES}::int)
        else 0 end,
      window_until = case
        when t.window_until > ${now.toISOString()}::timestamptz then t.window_until
        when t.key in (${grows.length ? sql.join(grows.map((g) => sql`${g}::text`), sql`, `) : sql`null`})
          and t.attempts > (case t.key ${limits} end)
          then ${now.toISOString()}::timestamptz + (${windowMs}::bigint * power(2, least(t.strikes + 1, ${MAX_STRIKES}::int))::bigint) * interval '1 millisecond'
        else ${now.toISOString()}::timestamptz + ${windowMs}::bigint * interval '1 millisecond' end
    returning key, attempts, window_until`);
  const list = executedRows<{ key: string; attempts: number; window_until: Date | string }>(result);
  let retryAt: Date | null = null;
  for (const row of list) {
    const limit = keys.find((k) => k.key === row.key)!.limit;
    if (row.attempts > limit) {
      const until = new Date(row.window_until);
      if (!retryAt || until > retryAt) retryAt = until;
    }
  }
  return retryAt ? { allowed: false, retryAt } : { allowed: true };
}

/**
 * After a successful sign-in: the pair starts afresh (the officer is not slowed by her own typos)
 * and the attempt is given back to the account and address counters (only failures use them up).
 */
export async function releaseAfterSuccess(db: Executor, keys: ThrottleKey[]) {
  const pair = keys.filter((k) => k.grows).map((k) => k.key);
  const others = keys.filter((k) => !k.grows).map((k) => k.key);
  if (pair.length) await db.delete(loginThrottle).where(inArray(loginThrottle.key, pair));
  if (others.length) await db.update(loginThrottle).set({ attempts: sql`greatest(${loginThrottle.attempts} - 1, 0)` }).where(inArray(loginThrottle.key, others));
}
