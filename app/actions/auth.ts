"use server";

import { flattenError } from "zod";
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn, signOut } from "@/lib/auth";
import { safeReturnPath } from "@/lib/safe-redirect";
import { GENERIC_SIGN_IN_ERROR, signInSchema, THROTTLED_SIGN_IN_ERROR } from "@/lib/validation/auth";
import type { FormResult } from "@/lib/form-result";

export async function signInAction(values: unknown, next: unknown): Promise<FormResult> {
  const parsed = signInSchema.safeParse(values);
  if (!parsed.success) {
    return { ok: false, message: "Check the highlighted fields.", fieldErrors: flattenError(parsed.error).fieldErrors };
  }
  try {
    await signIn("credentials", { ...parsed.data, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) {
      const throttled = "code" in error && error.code === "throttled";
      return { ok: false, message: throttled ? THROTTLED_SIGN_IN_ERROR : GENERIC_SIGN_IN_ERROR };
    }
    throw error;
  }
  redirect(safeReturnPath(typeof next === "string" ? next : null, "/home"));
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
