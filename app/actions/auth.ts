"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import * as z from "zod/mini";
import { signIn, signOut } from "@/lib/auth";
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
  redirect(safeReturnPath(typeof next === "string" ? next : null, "/home"));
});

export const signOutAction = publicFormAction(async () => {
  await signOut({ redirectTo: "/" });
});
