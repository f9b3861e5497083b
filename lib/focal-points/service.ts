import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { loginAttempts, passwordResetTokens, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { hasSecondFactorSql } from "@/lib/auth/passkeys";
import { hashPassword } from "@/lib/auth/password";
import { resetSecondFactor } from "@/lib/auth/second-factor";
import { endUserSessions } from "@/lib/auth/sessions";
import { withTransaction, type ServiceContext } from "@/lib/context";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/permissions";
import { msg } from "@/lib/i18n/message-key";

export const INVITE_HOURS = 48;

type FocalActor = Actor & { isFocalPoint?: boolean };

/** Only a focal point, and only for their own Mission. */
function missionOf(actor: FocalActor): number {
  if (actor.role !== "delegation" || !actor.isFocalPoint || !actor.memberStateId) throw new AppError("forbidden", msg("serviceErrors.focalPointOnly"));
  return actor.memberStateId;
}

/** An officer of the focal point's own Mission (never another Mission's, never the Secretariat). */
async function ownOfficer(tx: Executor, actor: FocalActor, userId: string) {
  const mission = missionOf(actor);
  const [officer] = await tx.select({ id: users.id, email: users.email, memberStateId: users.memberStateId }).from(users).where(eq(users.id, userId));
  if (!officer || officer.memberStateId !== mission) throw new AppError("forbidden", msg("serviceErrors.notYourOfficer"));
  if (officer.id === actor.id) throw new AppError("invalid", msg("serviceErrors.notOwnAccount"));
  return officer;
}

/** The officers of the focal point's Mission, with their second factor and last sign-in. */
export async function listMissionOfficers(db: Executor, actor: FocalActor) {
  const mission = missionOf(actor);
  return db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      disabledAt: users.disabledAt,
      isFocalPoint: users.isFocalPoint,
      hasSecondFactor: hasSecondFactorSql,
      lastSignIn: sql<Date | null>`(select max(la.created_at) from login_attempts la where la.user_id = "users"."id" and la.succeeded)`.mapWith((v) => (v ? new Date(v as string) : null)),
    })
    .from(users)
    .where(eq(users.memberStateId, mission))
    .orderBy(users.email);
}

/** The last 50 sign-in attempts of the Mission's officers. */
export async function missionSignInHistory(db: Executor, actor: FocalActor) {
  const mission = missionOf(actor);
  const officers = await db.select({ id: users.id }).from(users).where(eq(users.memberStateId, mission));
  if (officers.length === 0) return [];
  return db
    .select({ id: loginAttempts.id, email: users.email, at: loginAttempts.attemptedAt, succeeded: loginAttempts.succeeded, ip: loginAttempts.ip, method: loginAttempts.method })
    .from(loginAttempts)
    .innerJoin(users, eq(users.id, loginAttempts.userId))
    .where(inArray(loginAttempts.userId, officers.map((o) => o.id)))
    .orderBy(desc(loginAttempts.attemptedAt))
    .limit(50);
}

/**
 * Invites an officer of the focal point's own Mission: the account is created with an unusable
 * password and a single-use link valid 48 hours to set one. Audited.
 */
export async function inviteOfficer(ctx: ServiceContext<FocalActor>, input: { email: string; name: string }) {
  const mission = missionOf(ctx.actor);
  const email = input.email.trim().toLowerCase();
  const unusable = await hashPassword(randomBytes(32).toString("base64url"));
  return withTransaction(ctx, async (tx) => {
    const [created] = await tx
      .insert(users)
      .values({ email, name: input.name.trim(), role: "delegation", memberStateId: mission, passwordHash: unusable })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id, email: users.email });
    if (!created) throw new AppError("invalid", msg("serviceErrors.emailTaken"), { fieldErrors: { email: [msg("serviceErrors.emailTaken")] } });
    const token = randomBytes(32).toString("base64url");
    const expiresAt = new Date(Date.now() + INVITE_HOURS * 3600_000);
    await tx.insert(passwordResetTokens).values({ userId: created.id, tokenHash: createHash("sha256").update(token).digest("hex"), expiresAt, purpose: "invite" });
    await recordAudit(tx, { actorId: ctx.actor.id, action: "user.invite", entityType: "user", entityId: created.id, memberStateId: mission, details: { email }, createdAt: ctx.now });
    return { id: created.id, email, path: `/reset/${token}`, expiresAt: expiresAt.toISOString() };
  });
}

/** Disables (or enables) an officer of the focal point's own Mission; their sessions end at once. */
export async function setOfficerDisabled(ctx: ServiceContext<FocalActor>, input: { userId: string; disabled: boolean }) {
  return withTransaction(ctx, async (tx) => {
    const officer = await ownOfficer(tx, ctx.actor, input.userId);
    await tx
      .update(users)
      .set({ disabledAt: input.disabled ? ctx.now : null, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(and(eq(users.id, officer.id)));
    if (input.disabled) await endUserSessions(tx, officer.id);
    await recordAudit(tx, {
      actorId: ctx.actor.id,
      action: input.disabled ? "user.disable" : "user.enable",
      entityType: "user",
      entityId: officer.id,
      memberStateId: officer.memberStateId,
      details: { email: officer.email, by: "focal_point" },
      createdAt: ctx.now,
    });
    return { id: officer.id, disabled: input.disabled };
  });
}

/** Removes the second factor of an officer of the focal point's own Mission (lost phone). Audited. */
export async function resetOfficerSecondFactor(ctx: ServiceContext<FocalActor>, input: { userId: string }) {
  return withTransaction(ctx, async (tx) => {
    const officer = await ownOfficer(tx, ctx.actor, input.userId);
    return resetSecondFactor(tx, { actorId: ctx.actor.id, userId: officer.id, now: ctx.now });
  });
}

/** The administrator names (or un-names) a Mission's focal point. Audited. */
export async function setFocalPoint(ctx: ServiceContext, input: { userId: string; focalPoint: boolean }) {
  if (ctx.actor.role !== "admin") throw new AppError("forbidden");
  return withTransaction(ctx, async (tx) => {
    const [user] = await tx.select({ id: users.id, role: users.role, email: users.email, memberStateId: users.memberStateId }).from(users).where(eq(users.id, input.userId));
    if (!user) throw new AppError("not_found", msg("serverErrors.admin.unknownUser"));
    if (user.role !== "delegation") throw new AppError("invalid", msg("serviceErrors.focalPointDelegationOnly"));
    await tx.update(users).set({ isFocalPoint: input.focalPoint }).where(eq(users.id, user.id));
    await recordAudit(tx, { actorId: ctx.actor.id, action: "user.focal_point", entityType: "user", entityId: user.id, memberStateId: user.memberStateId, details: { email: user.email, focalPoint: input.focalPoint }, createdAt: ctx.now });
    return { id: user.id, focalPoint: input.focalPoint };
  });
}
