import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { memberStates, users } from "@/db/schema";
import { hasSecondFactorSql } from "@/lib/auth/passkeys";

/** Every account with its State (delegations), by role then email, for the administrator's users page. */
export function listUsers(db: Executor) {
  return db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, disabledAt: users.disabledAt, stateIso3: memberStates.iso3, isFocalPoint: users.isFocalPoint, hasSecondFactor: hasSecondFactorSql })
    .from(users)
    .leftJoin(memberStates, eq(memberStates.id, users.memberStateId))
    .orderBy(asc(users.role), asc(users.email));
}
