import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { appSettings, type Role } from "@/db/schema";

/** "required" or "optional": whether delegation officers must have a second factor. An administrator's setting. */
export const DELEGATION_SECOND_FACTOR_SETTING = "security.delegationSecondFactor";
export type DelegationSecondFactor = "required" | "optional";

export async function delegationSecondFactor(db: Executor): Promise<DelegationSecondFactor> {
  const [row] = await db.select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, DELEGATION_SECOND_FACTOR_SETTING));
  return row?.value === "required" ? "required" : "optional";
}

/** The Secretariat (reviewers and administrators) always needs a second factor; delegations by the setting. */
export async function secondFactorRequiredFor(db: Executor, role: Role): Promise<boolean> {
  if (role === "reviewer" || role === "admin") return true;
  return (await delegationSecondFactor(db)) === "required";
}
