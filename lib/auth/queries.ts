import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { users } from "@/db/schema";
import { remainingRecoveryCodes } from "./second-factor";
import { delegationSecondFactor } from "./second-factor-policy";
import { listOpenSessions, sessionLimits } from "./sessions";

/** One's own second factor and open sessions, for /account/security. */
export async function securityOverview(db: Executor, userId: string) {
  const [row] = await db.select({ totpEnabledAt: users.totpEnabledAt }).from(users).where(eq(users.id, userId));
  const [sessions, recoveryCodesLeft] = await Promise.all([listOpenSessions(db, userId), remainingRecoveryCodes(db, userId)]);
  return { totpEnabledAt: row?.totpEnabledAt ?? null, sessions, recoveryCodesLeft };
}

/** The administrator's security settings page. */
export async function securitySettings(db: Executor) {
  const [policy, limits] = await Promise.all([delegationSecondFactor(db), sessionLimits(db)]);
  return { delegationSecondFactor: policy, ...limits };
}
