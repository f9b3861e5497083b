import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { loginAttempts, users, type User } from "@/db/schema";
import { dummyHash, verifyPassword } from "./password";
import { releaseAfterSuccess, reserveAttempt, signInKeys, THROTTLE_WINDOW_MS } from "./throttle";

export { THROTTLE_WINDOW_MS };
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 50;

export type CredentialCheck =
  | { ok: true; user: Pick<User, "id" | "email" | "name" | "role" | "memberStateId" | "sessionVersion"> }
  | { ok: false; reason: "invalid" | "throttled" };

/**
 * Checks an email and password. The attempt is first reserved against the throttle in one atomic
 * statement (lib/auth/throttle.ts), so parallel guesses cannot overrun the limit; the state lives in
 * the database, so it holds across app instances. A missing or disabled account runs the same hash
 * as a wrong password.
 */
export async function checkCredentials(
  db: Database,
  input: { email: string; password: string; ip: string },
  now: Date = new Date(),
): Promise<CredentialCheck> {
  const email = input.email.trim().toLowerCase();
  const keys = signInKeys(email, input.ip);
  const reserved = await reserveAttempt(db, keys, now);
  if (!reserved.allowed) return { ok: false, reason: "throttled" };

  const [user] = await db.select().from(users).where(eq(users.email, email));
  const usable = user && !user.disabledAt;
  const matches = await verifyPassword(usable ? user.passwordHash : await dummyHash(), input.password);
  const succeeded = Boolean(usable && matches);

  await db.insert(loginAttempts).values({ key: `email:${email}`, succeeded, attemptedAt: now, userId: user?.id ?? null, ip: input.ip, method: "password" });
  if (!succeeded || !user) return { ok: false, reason: "invalid" };
  await releaseAfterSuccess(db, keys);
  const { id, name, role, memberStateId, sessionVersion } = user;
  return { ok: true, user: { id, email: user.email, name, role, memberStateId, sessionVersion } };
}
