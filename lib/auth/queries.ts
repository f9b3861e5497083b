import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { passkeys, users } from "@/db/schema";
import { listPasskeys } from "./passkeys";
import { remainingRecoveryCodes } from "./second-factor";
import { readSettings } from "@/lib/settings";
import { delegationSecondFactorFrom } from "./second-factor-policy";
import { listOpenSessions, sessionLimitsFrom } from "./sessions";

/** One's own second factors (app, passkeys, recovery codes left) and open sessions, for /account/security. */
export async function securityOverview(db: Executor, userId: string) {
  const [row] = await db.select({ totpEnabledAt: users.totpEnabledAt }).from(users).where(eq(users.id, userId));
  const [sessions, recoveryCodesLeft, passkeys] = await Promise.all([listOpenSessions(db, userId), remainingRecoveryCodes(db, userId), listPasskeys(db, userId)]);
  return { totpEnabledAt: row?.totpEnabledAt ?? null, sessions, recoveryCodesLeft, passkeys };
}

/** Which second factors the account has: the second-factor step offers a passkey first, then a code. */
export async function secondFactorMethods(db: Executor, userId: string): Promise<{ totp: boolean; passkeys: number }> {
  const [[user], [keys]] = await Promise.all([
    db.select({ totp: users.totpEnabledAt }).from(users).where(eq(users.id, userId)),
    db.select({ n: sql<number>`count(*)::int` }).from(passkeys).where(eq(passkeys.userId, userId)),
  ]);
  return { totp: Boolean(user?.totp), passkeys: keys?.n ?? 0 };
}

/** The administrator's security settings page. */
export async function securitySettings(db: Executor) {
  const settings = await readSettings(db);
  return { delegationSecondFactor: delegationSecondFactorFrom(settings), ...sessionLimitsFrom(settings) };
}
