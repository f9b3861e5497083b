import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { passwordResetTokens, users } from "@/db/schema";
import { recordAudit, recordAuditBy } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import { endUserSessions } from "@/lib/auth/sessions";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message-key";
import { withTransaction, type ServiceContext } from "@/lib/context";

export const RESET_LINK_HOURS = 48;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Disables (or re-enables) an account; its open sessions stop working on their next request. */
export async function setUserDisabled(ctx: ServiceContext, input: { userId: string; disabled: boolean }) {
  if (input.userId === ctx.actor.id) throw new AppError("invalid", msg("serverErrors.admin.ownAccount"));
  return withTransaction(ctx, async (tx) => {
    const [user] = await tx
      .update(users)
      .set({ disabledAt: input.disabled ? ctx.now : null, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, input.userId))
      .returning({ id: users.id, email: users.email });
    if (!user) throw new AppError("not_found", msg("serverErrors.admin.unknownUser"));
    await recordAuditBy(tx, ctx, {
      action: input.disabled ? "user.disable" : "user.enable",
      entityType: "user",
      entityId: user.id,
      details: { email: user.email },
    });
    return user;
  });
}

/**
 * A single-use link to set a new password, valid for 48 hours. Only its hash is stored; the
 * administrator passes the link to the person.
 */
export async function createResetLink(ctx: ServiceContext, input: { userId: string }) {
  return withTransaction(ctx, async (tx) => {
    const [user] = await tx.select({ id: users.id, email: users.email }).from(users).where(eq(users.id, input.userId));
    if (!user) throw new AppError("not_found", msg("serverErrors.admin.unknownUser"));
    const token = randomBytes(32).toString("base64url");
    const expiresAt = new Date(Date.now() + RESET_LINK_HOURS * 3600_000);
    await tx.insert(passwordResetTokens).values({ userId: user.id, tokenHash: hashToken(token), expiresAt });
    await recordAudit(tx, { actorId: ctx.actor.id, action: "user.reset_link", entityType: "user", entityId: user.id, details: { email: user.email }, createdAt: ctx.now });
    return { token, expiresAt, email: user.email };
  });
}

/** Uses a reset link: sets the password, spends the link, ends the user's other sessions. */
export async function resetPassword(db: Database, input: { token: string; password: string }) {
  const expired = () => new AppError("invalid", msg("serverErrors.admin.resetLinkSpent"));
  // The token is checked before the (deliberately slow) password hash: a guessed token costs nothing.
  const [valid] = await db
    .select({ id: passwordResetTokens.id })
    .from(passwordResetTokens)
    .where(and(eq(passwordResetTokens.tokenHash, hashToken(input.token)), isNull(passwordResetTokens.usedAt), gt(passwordResetTokens.expiresAt, new Date())));
  if (!valid) throw expired();
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    // Spending the token and checking it happen in one statement: a link works once.
    const [spent] = await tx
      .update(passwordResetTokens)
      .set({ usedAt: new Date() })
      .where(and(eq(passwordResetTokens.tokenHash, hashToken(input.token)), isNull(passwordResetTokens.usedAt), gt(passwordResetTokens.expiresAt, new Date())))
      .returning({ userId: passwordResetTokens.userId });
    if (!spent) throw expired();
    await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, spent.userId));
    await endUserSessions(tx, spent.userId);
    await recordAudit(tx, { actorId: spent.userId, action: "user.reset_password", entityType: "user", entityId: spent.userId });
    return { userId: spent.userId };
  });
}
