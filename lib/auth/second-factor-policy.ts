import type { Executor } from "@/db/client";
import type { Role } from "@/db/schema";
import { readSettings, type Settings } from "@/lib/settings";

/** "required" or "optional": whether delegation officers must have a second factor. An administrator's setting. */
export const DELEGATION_SECOND_FACTOR_SETTING = "security.delegationSecondFactor";
export type DelegationSecondFactor = "required" | "optional";

export function delegationSecondFactorFrom(settings: Settings): DelegationSecondFactor {
  return settings.get(DELEGATION_SECOND_FACTOR_SETTING)?.value === "required" ? "required" : "optional";
}

/** The Secretariat (reviewers and administrators) always needs a second factor; delegations by the setting. */
export async function secondFactorRequiredFor(db: Executor, role: Role): Promise<boolean> {
  return secondFactorRequiredBy(await readSettings(db), role);
}

export function secondFactorRequiredBy(settings: Settings, role: Role): boolean {
  return role === "reviewer" || role === "admin" || delegationSecondFactorFrom(settings) === "required";
}
