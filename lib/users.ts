import { flattenError } from "zod";
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { memberStates, users } from "@/db/schema";
import { recordAudit } from "./audit";
import { hashPassword } from "./auth/password";
import type { FormResult } from "./form-result";
import { userCreateSchema } from "./validation/users";

/** Creates an account (by an administrator, or by `npm run user:create` when actorId is null). */
export async function createUser(db: Database, input: Record<string, unknown>, actorId: string | null): Promise<FormResult<{ id: string; email: string }>> {
  const parsed = userCreateSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: "Check the highlighted fields.", fieldErrors: flattenError(parsed.error).fieldErrors };
  const u = parsed.data;
  let memberStateId: number | null = null;
  if (u.stateIso3) {
    const [state] = await db.select({ id: memberStates.id }).from(memberStates).where(eq(memberStates.iso3, u.stateIso3));
    if (!state) return { ok: false, message: "Check the highlighted fields.", fieldErrors: { stateIso3: ["No Member State has this code."] } };
    memberStateId = state.id;
  }
  const passwordHash = await hashPassword(u.password);
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(users)
      .values({ email: u.email, name: u.name, role: u.role, memberStateId, passwordHash })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id, email: users.email });
    if (!created) return { ok: false, message: "Check the highlighted fields.", fieldErrors: { email: ["An account with this email address exists."] } };
    await recordAudit(tx, {
      actorId,
      action: "user.create",
      entityType: "user",
      entityId: created.id,
      memberStateId,
      details: { email: u.email, role: u.role },
    });
    return { ok: true, data: created };
  });
}
