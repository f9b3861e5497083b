"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { sql } from "drizzle-orm";
import * as z from "zod/mini";
import { appSettings } from "@/db/schema";
import { action, publicAction } from "@/lib/action";
import { currentSession } from "@/lib/auth/guards";
import { confirmTotpEnrolment, resetSecondFactor, startTotpEnrolment, verifySecondFactor } from "@/lib/auth/second-factor";
import { DELEGATION_SECOND_FACTOR_SETTING } from "@/lib/auth/second-factor-policy";
import { endUserSessions, SESSION_IDLE_SETTING, SESSION_LIFETIME_SETTING } from "@/lib/auth/sessions";
import { recordAudit } from "@/lib/audit";
import { withTransaction } from "@/lib/context";
import { AppError } from "@/lib/errors";
import { requestClientAddress } from "@/lib/net/client-address";
import { safeReturnPath } from "@/lib/safe-redirect";
import { secondFactorCodeInput, securitySettingsInput, targetUserInput } from "@/lib/validation/security";
import { msg } from "@/lib/i18n/message-key";

const EVERYONE = ["delegation", "reviewer", "admin"] as const;

/** A session that passed the password (second factor done or not); anything else is refused. */
async function passwordSession() {
  const session = await currentSession();
  if (!session) throw new AppError("unauthenticated");
  return session;
}

/** Second step of signing in: a six-digit code or a recovery code. Public: the session is half-made. */
export const verifySecondFactorAction = publicAction({ input: secondFactorCodeInput }, async ({ code, next }, ctx) => {
  const session = await passwordSession();
  const ip = requestClientAddress(await headers());
  const result = await verifySecondFactor(ctx.db, { userId: session.user.id, code, sessionId: session.sessionId, ip, now: new Date() });
  if (!result.ok) {
    const message = msg(result.reason === "throttled" ? "security.codeThrottled" : "security.codeWrong");
    throw new AppError("invalid", message, { fieldErrors: { code: [message] } });
  }
  // Nothing in the cookie changed: the whole page (header included) must render again as signed in.
  revalidatePath("/", "layout");
  redirect(safeReturnPath(typeof next === "string" ? next : null, "/home"));
});

/** Starts setting up an authenticator app: the QR code and the secret to type by hand. */
export const startTotpEnrolmentAction = publicAction({ input: z.object({}) }, async (_input, ctx) => {
  const session = await passwordSession();
  const { secret, qrSvg } = await startTotpEnrolment(ctx.db, session.user);
  return { secret, qrSvg };
});

/** Confirms the set-up with a first code; answers the ten recovery codes, shown once. */
export const confirmTotpEnrolmentAction = publicAction({ input: secondFactorCodeInput }, async ({ code }, ctx) => {
  const session = await passwordSession();
  return confirmTotpEnrolment(ctx.db, { userId: session.user.id, code, sessionId: session.sessionId, now: new Date() });
});

/** Ends every other open session of one's own account. */
export const signOutEverywhereAction = action({ input: z.object({}), roles: EVERYONE }, async (_input, ctx) => {
  const ended = await endUserSessions(ctx.db, ctx.actor.id, new Date(), (ctx.actor as { sessionId?: string }).sessionId);
  await recordAudit(ctx.db, { actorId: ctx.actor.id, action: "user.sessions_end", entityType: "user", entityId: ctx.actor.id, details: { ended }, createdAt: ctx.now });
  revalidatePath("/account/security");
  return { ended };
});

/** An administrator removes a user's second factor (lost device): audited; the user's sessions end. */
export const resetSecondFactorAction = action({ input: targetUserInput, roles: ["admin"] }, async ({ userId }, ctx) => {
  const user = await withTransaction(ctx, (tx) => resetSecondFactor(tx, { actorId: ctx.actor.id, userId, now: ctx.now }));
  revalidatePath("/admin/users");
  return user;
});

/** Whether delegations must have a second factor, and the session timeouts. Administrators only; audited. */
export const updateSecuritySettingsAction = action({ input: securitySettingsInput, roles: ["admin"] }, async (input, ctx) => {
  await withTransaction(ctx, async (tx) => {
    const values = [
      { key: DELEGATION_SECOND_FACTOR_SETTING, value: input.delegationSecondFactor },
      { key: SESSION_IDLE_SETTING, value: input.idleMinutes },
      { key: SESSION_LIFETIME_SETTING, value: input.absoluteHours },
    ];
    await tx
      .insert(appSettings)
      .values(values)
      .onConflictDoUpdate({ target: appSettings.key, set: { value: sql`excluded.value` } });
    await recordAudit(tx, { actorId: ctx.actor.id, action: "settings.security", entityType: "settings", entityId: "security", details: input, createdAt: ctx.now });
  });
  revalidatePath("/admin/security");
  return input;
});
