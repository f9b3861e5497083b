import { and, eq, gt, inArray, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { loginAttempts, users, type User } from "@/db/schema";
import { dummyHash, verifyPassword } from "./password";

/** Failures counted over this window; past the limits the key is refused until the window clears. */
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 50;

export type CredentialCheck =
  | { ok: true; user: Pick<User, "id" | "email" | "name" | "role" | "memberStateId" | "sessionVersion"> }
  | { ok: false; reason: "invalid" | "throttled" };

/**
 * Checks an email and password. Throttling state lives in the database, so it holds across app
 * instances. A missing or disabled account runs the same hash as a wrong password.
 */
export async function checkCredentials(
  db: Database,
  input: { email: string; password: string; ip: string },
  now: Date = new Date(),
): Promise<CredentialCheck> {
  const email = input.email.trim().toLowerCase();
  const emailKey = `email:${email}`;
  const ipKey = `ip:${input.ip}`;
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);

  const failures = await db
    .select({ key: loginAttempts.key, n: sql<number>`count(*)::int` })
    .from(loginAttempts)
    .where(and(inArray(loginAttempts.key, [emailKey, ipKey]), eq(loginAttempts.succeeded, false), gt(loginAttempts.attemptedAt, since)))
    .groupBy(loginAttempts.key);
  const count = (key: string) => failures.find((f) => f.key === key)?.n ?? 0;
  if (count(emailKey) >= MAX_FAILURES_PER_ACCOUNT || count(ipKey) >= MAX_FAILURES_PER_IP) {
    return { ok: false, reason: "throttled" };
  }

  const [user] = await db.select().from(users).where(eq(users.email, email));
  const usable = user && !user.disabledAt;
  const matches = await verifyPassword(usable ? user.passwordHash : await dummyHash(), input.password);
  const succeeded = Boolean(usable && matches);

  await db.insert(loginAttempts).values([
    { key: emailKey, succeeded, attemptedAt: now },
    { key: ipKey, succeeded, attemptedAt: now },
  ]);
  if (!succeeded || !user) return { ok: false, reason: "invalid" };
  const { id, name, role, memberStateId, sessionVersion } = user;
  return { ok: true, user: { id, email: user.email, name, role, memberStateId, sessionVersion } };
}
