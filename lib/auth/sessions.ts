import { and, desc, eq, gt, isNull, ne } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { authSessions } from "@/db/schema";
import { readSettings, type Settings } from "@/lib/settings";

/** Settings (app_settings) an administrator can change; the defaults follow OWASP ASVS level 2. */
export const SESSION_IDLE_SETTING = "session.idleMinutes";
export const SESSION_LIFETIME_SETTING = "session.absoluteHours";
export const DEFAULT_IDLE_MINUTES = 30;
export const DEFAULT_LIFETIME_HOURS = 12;
/** lastSeenAt is written at most this often, not on every request. */
const TOUCH_EVERY_MS = 60 * 1000;

export interface SessionLimits {
  idleMinutes: number;
  absoluteHours: number;
}

export async function sessionLimits(db: Executor): Promise<SessionLimits> {
  return sessionLimitsFrom(await readSettings(db));
}

/** The idle timeout and the absolute lifetime from the settings, else the defaults. */
export function sessionLimitsFrom(settings: Settings): SessionLimits {
  const num = (key: string, fallback: number) => {
    const v = settings.get(key)?.value;
    return typeof v === "number" && Number.isInteger(v) && v > 0 ? v : fallback;
  };
  return { idleMinutes: num(SESSION_IDLE_SETTING, DEFAULT_IDLE_MINUTES), absoluteHours: num(SESSION_LIFETIME_SETTING, DEFAULT_LIFETIME_HOURS) };
}

/** Opens a session record at sign-in; its id is the only thing the cookie needs to name. */
export async function openSession(db: Executor, input: { userId: string; ip: string; userAgent: string | null; secondFactorDone: boolean }, now = new Date()) {
  const [row] = await db
    .insert(authSessions)
    .values({
      userId: input.userId,
      ip: input.ip,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
      createdAt: now,
      lastSeenAt: now,
      secondFactorAt: input.secondFactorDone ? now : null,
    })
    .returning({ id: authSessions.id });
  return row!.id;
}

export type SessionState = { live: false } | { live: true; secondFactorDone: boolean };

/**
 * Whether a session is still open: not ended (sign-out, "sign out everywhere", a reset), not idle
 * longer than the idle timeout, not older than the absolute lifetime. Touches lastSeenAt.
 */
export async function checkSession(db: Executor, sessionId: string, userId: string, now = new Date()): Promise<SessionState> {
  if (!validSessionId(sessionId)) return { live: false };
  const [row] = await db.select().from(authSessions).where(and(eq(authSessions.id, sessionId), eq(authSessions.userId, userId)));
  return settleSession(db, sessionId, row ?? null, sessionLimitsFrom(await readSettings(db)), now);
}

export const validSessionId = (sessionId: string) => /^[0-9a-f-]{36}$/i.test(sessionId);

/** The columns of a session record that say whether it is still open. */
export type SessionTimes = Pick<typeof authSessions.$inferSelect, "createdAt" | "lastSeenAt" | "secondFactorAt" | "endedAt">;

/**
 * The verdict on a session record already read (null: none): ends it when idle or too old, touches
 * lastSeenAt at most once a minute. For a caller that read the record together with its user.
 */
export async function settleSession(db: Executor, sessionId: string, row: SessionTimes | null, limits: SessionLimits, now = new Date()): Promise<SessionState> {
  if (!row || row.endedAt) return { live: false };
  const idle = now.getTime() - row.lastSeenAt.getTime() > limits.idleMinutes * 60_000;
  const expired = now.getTime() - row.createdAt.getTime() > limits.absoluteHours * 3_600_000;
  if (idle || expired) {
    await db.update(authSessions).set({ endedAt: now }).where(eq(authSessions.id, sessionId));
    return { live: false };
  }
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.update(authSessions).set({ lastSeenAt: now }).where(eq(authSessions.id, sessionId));
  }
  return { live: true, secondFactorDone: row.secondFactorAt !== null };
}

export async function markSecondFactorDone(db: Executor, sessionId: string, now = new Date()) {
  await db.update(authSessions).set({ secondFactorAt: now }).where(eq(authSessions.id, sessionId));
}

export async function endSession(db: Executor, sessionId: string, now = new Date()) {
  if (!validSessionId(sessionId)) return;
  await db.update(authSessions).set({ endedAt: now }).where(and(eq(authSessions.id, sessionId), isNull(authSessions.endedAt)));
}

/** Ends every open session of a user (password change, second-factor reset, disable), or all but one. */
export async function endUserSessions(db: Executor, userId: string, now = new Date(), exceptSessionId?: string) {
  const where = [eq(authSessions.userId, userId), isNull(authSessions.endedAt)];
  if (exceptSessionId) where.push(ne(authSessions.id, exceptSessionId));
  const ended = await db.update(authSessions).set({ endedAt: now }).where(and(...where)).returning({ id: authSessions.id });
  return ended.length;
}

/** One's own open sessions, newest first, for the sessions page. */
export async function listOpenSessions(db: Executor, userId: string, now = new Date()) {
  const limits = await sessionLimits(db);
  return db
    .select({ id: authSessions.id, createdAt: authSessions.createdAt, lastSeenAt: authSessions.lastSeenAt, ip: authSessions.ip, userAgent: authSessions.userAgent })
    .from(authSessions)
    .where(
      and(
        eq(authSessions.userId, userId),
        isNull(authSessions.endedAt),
        gt(authSessions.lastSeenAt, new Date(now.getTime() - limits.idleMinutes * 60_000)),
        gt(authSessions.createdAt, new Date(now.getTime() - limits.absoluteHours * 3_600_000)),
      ),
    )
    .orderBy(desc(authSessions.lastSeenAt));
}
