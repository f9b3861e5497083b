"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import * as z from "zod/mini";
import { action, publicAction } from "@/lib/action";
import { currentSession, type CurrentUser } from "@/lib/auth/guards";
import { finishPasskeyRegistration, finishPasskeySignIn, removePasskey, startPasskeyRegistration, startPasskeySignIn } from "@/lib/auth/passkeys";
import { relyingParty } from "@/lib/auth/relying-party";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message-key";
import type { Actor } from "@/lib/permissions";
import { requestClientAddress } from "@/lib/net/client-address";
import { safeReturnPath } from "@/lib/safe-redirect";
import { finishPasskeyRegistrationInput, finishPasskeySignInInput, passkeyIdInput } from "@/lib/validation/passkeys";

const EVERYONE = ["delegation", "reviewer", "admin"] as const;

/** The signed-in user of an action (lib/action.ts passes the whole CurrentUser as the actor) and their session. */
function me(actor: Actor): CurrentUser & { sessionId: string } {
  const user = actor as CurrentUser;
  if (!user.sessionId) throw new AppError("unauthenticated");
  return user as CurrentUser & { sessionId: string };
}

/** Options for the browser to create a passkey for one's own account; the challenge is kept with this session. */
export const startPasskeyRegistrationAction = action({ input: z.object({}), roles: EVERYONE }, async (_input, ctx) => {
  const user = me(ctx.actor);
  return startPasskeyRegistration(ctx.db, { user, sessionId: user.sessionId, rp: relyingParty(await headers()), now: new Date() });
});

/** Stores the passkey the browser created (named by the user); the first second factor brings recovery codes. */
export const finishPasskeyRegistrationAction = action({ input: finishPasskeyRegistrationInput, roles: EVERYONE }, async ({ name, response }, ctx) => {
  const result = await finishPasskeyRegistration(ctx.db, { userId: ctx.actor.id, sessionId: me(ctx.actor).sessionId, name, response, rp: relyingParty(await headers()), now: new Date() });
  revalidatePath("/account/security");
  return result;
});

/** Removes one of one's own passkeys. */
export const removePasskeyAction = action({ input: passkeyIdInput, roles: EVERYONE }, async ({ passkeyId }, ctx) => {
  const removed = await removePasskey(ctx.db, { userId: ctx.actor.id, role: ctx.actor.role, passkeyId, now: new Date() });
  revalidatePath("/account/security");
  return { id: removed.id };
});

/** A session that passed the password (second factor done or not); anything else is refused. */
async function passwordSession() {
  const session = await currentSession();
  if (!session) throw new AppError("unauthenticated");
  return session;
}

/** Second step of signing in, with a passkey: the options. Public: the session is half-made. */
export const startPasskeySignInAction = publicAction({ input: z.object({}) }, async (_input, ctx) => {
  const session = await passwordSession();
  return startPasskeySignIn(ctx.db, { userId: session.user.id, sessionId: session.sessionId, rp: relyingParty(await headers()), now: new Date() });
});

/** Second step of signing in, with a passkey: the signed answer. Throttled like a code. */
export const finishPasskeySignInAction = publicAction({ input: finishPasskeySignInInput }, async ({ response, next }, ctx) => {
  const session = await passwordSession();
  const h = await headers();
  const result = await finishPasskeySignIn(ctx.db, { userId: session.user.id, sessionId: session.sessionId, ip: requestClientAddress(h), response, rp: relyingParty(h), now: new Date() });
  if (!result.ok) throw new AppError("invalid", msg(result.reason === "throttled" ? "passkeys.throttled" : "passkeys.notVerified"));
  revalidatePath("/", "layout");
  redirect(safeReturnPath(typeof next === "string" ? next : null, "/home"));
});
