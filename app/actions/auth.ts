"use server";

import { AuthError } from "next-auth";
import { eq } from "drizzle-orm";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import * as z from "zod/mini";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { signIn, signOut } from "@/lib/auth";
import { sessionClaims } from "@/lib/auth/claims";
import { currentSession } from "@/lib/auth/guards";
import { hasSecondFactorSql } from "@/lib/auth/passkeys";
import { secondFactorRequiredFor } from "@/lib/auth/second-factor-policy";
import { endSession } from "@/lib/auth/sessions";
import { publicAction, publicFormAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { safeReturnPath } from "@/lib/safe-redirect";
import { GENERIC_SIGN_IN_ERROR, signInSchema, THROTTLED_SIGN_IN_ERROR } from "@/lib/validation/auth";

/** The sign-in form's fields, plus where to go afterwards (checked by safeReturnPath). */
const signInInput = z.extend(signInSchema, { next: z.optional(z.unknown()) });

export const signInAction = publicAction({ input: signInInput }, async ({ next, ...credentials }) => {
  try {
    await signIn("credentials", { ...credentials, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) {
      const throttled = "code" in error && error.code === "throttled";
      throw new AppError("unauthenticated", throttled ? THROTTLED_SIGN_IN_ERROR : GENERIC_SIGN_IN_ERROR);
    }
    throw error;
  }
  const target = safeReturnPath(typeof next === "string" ? next : null, "/home");
  // The password was right: an account with (or needing) a second factor gives it next.
  const [user] = await db().select({ role: users.role, enrolled: hasSecondFactorSql }).from(users).where(eq(users.email, credentials.email.trim().toLowerCase()));
  if (user && (user.enrolled || (await secondFactorRequiredFor(db(), user.role)))) {
    redirect(`/login/second-factor?next=${encodeURIComponent(target)}`);
  }
  redirect(target);
});

/** Signing out ends the session on the server first: a copied cookie stops working at once. */
export const signOutAction = publicFormAction(async () => {
  // Read the cookie itself, not only a complete session: a half-done sign-in is ended too.
  const session = (await currentSession()) ?? null;
  const claims = session ? null : await sessionClaims();
  const sid = session?.sessionId ?? claims?.sid;
  if (sid) await endSession(db(), sid);
  void (await headers());
  await signOut({ redirectTo: "/" });
});
