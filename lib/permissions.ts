import type { Role } from "@/db/schema";
import { AppError } from "@/lib/errors";

/** Who is acting: enough to decide every permission without another query. */
export interface Actor {
  id: string;
  role: Role;
  memberStateId: number | null;
}

export const SECRETARIAT_ROLES: readonly Role[] = ["reviewer", "admin"];

export function isSecretariat(actor: Pick<Actor, "role">): boolean {
  return SECRETARIAT_ROLES.includes(actor.role);
}

/** Refuses ("forbidden") anyone but an administrator; `task` ends the message: "Only an administrator can manage users." */
export function requireAdmin(actor: Pick<Actor, "role">, task = "do this"): void {
  if (actor.role !== "admin") throw new AppError("forbidden", `Only an administrator can ${task}.`);
}

/** A delegation sees only its own State; the Secretariat sees every State (but never a draft's text). */
export function canViewState(actor: Actor, memberStateId: number): boolean {
  return isSecretariat(actor) || (actor.role === "delegation" && actor.memberStateId === memberStateId);
}

/** Only the State's own delegation writes its replies. */
export function canEditState(actor: Actor, memberStateId: number): boolean {
  return actor.role === "delegation" && actor.memberStateId === memberStateId;
}

/** Drafts are private to the State's delegation. */
export function canReadDraftText(actor: Actor, memberStateId: number): boolean {
  return canEditState(actor, memberStateId);
}
