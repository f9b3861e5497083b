import { flattenError } from "zod";
import { eq } from "drizzle-orm";
import { memberStates, users } from "@/db/schema";
import type { ActionResult } from "./action";
import { recordAudit } from "./audit";
import { hashPassword } from "./auth/password";
import { auditActorId, withTransaction, type ServiceContext, type SystemActor } from "./context";
import type { Actor } from "./permissions";
import { userCreateSchema } from "./validation/users";
import { msg } from "@/lib/i18n/message-key";

type Created = ActionResult<{ id: string; email: string }>;
const invalid = (fieldErrors: Record<string, string[] | undefined>): Created => ({ ok: false, code: "invalid", message: msg("serverErrors.default.invalid"), fieldErrors });

/** Creates an account (by an administrator, or by the system for `npm run user:create`). */
export async function createUser(ctx: ServiceContext<Actor | SystemActor>, input: Record<string, unknown>): Promise<Created> {
  const parsed = userCreateSchema.safeParse(input);
  if (!parsed.success) return invalid(flattenError(parsed.error).fieldErrors);
  const u = parsed.data;
  let memberStateId: number | null = null;
  if (u.stateIso3) {
    const [state] = await ctx.db.select({ id: memberStates.id }).from(memberStates).where(eq(memberStates.iso3, u.stateIso3));
    if (!state) return invalid({ stateIso3: [msg("serverErrors.unknownState")] });
    memberStateId = state.id;
  }
  const passwordHash = await hashPassword(u.password);
  return withTransaction(ctx, async (tx): Promise<Created> => {
    const [created] = await tx
      .insert(users)
      .values({ email: u.email, name: u.name, role: u.role, memberStateId, passwordHash })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id, email: users.email });
    if (!created) return invalid({ email: [msg("serviceErrors.emailTaken")] });
    await recordAudit(tx, {
      actorId: auditActorId(ctx.actor),
      action: "user.create",
      entityType: "user",
      entityId: created.id,
      memberStateId,
      details: { email: u.email, role: u.role },
    });
    return { ok: true, data: created };
  });
}
