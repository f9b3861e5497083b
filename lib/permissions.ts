import type { Role } from "@/db/schema";

/** Who is acting: enough to decide every permission without another query. */
export interface Actor {
  id: string;
  role: Role;
  memberStateId: number | null;
}

export const SECRETARIAT_ROLES = ["reviewer", "admin"] as const satisfies readonly Role[];

export function isSecretariat(actor: Pick<Actor, "role">): boolean {
  return (SECRETARIAT_ROLES as readonly Role[]).includes(actor.role);
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
