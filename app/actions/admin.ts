"use server";

import { flattenError } from "zod";
import { revalidatePath } from "next/cache";
import { db } from "@/db/client";
import { action } from "@/lib/action";
import { updateCycle } from "@/lib/admin/cycles";
import { createResetLink, resetPassword, setUserDisabled } from "@/lib/admin/users";
import { AppError, isAppError } from "@/lib/errors";
import type { FormResult } from "@/lib/form-result";
import { createUser } from "@/lib/users";
import { cycleUpdateInput, resetPasswordInput, setDisabledInput, userIdInput } from "@/lib/validation/admin";
import { userCreateSchema } from "@/lib/validation/users";

// Each service refuses anyone but an administrator; createUser is guarded here.

export const createUserAction = action(userCreateSchema, async (input, ctx) => {
  if (ctx.actor.role !== "admin") throw new AppError("forbidden", "Only an administrator can create users.");
  const result = await createUser(ctx.db, input, ctx.actor.id);
  if (!result.ok) throw new AppError("invalid", result.message, { fieldErrors: result.fieldErrors });
  revalidatePath("/admin/users");
  return result.data!;
});

export const setUserDisabledAction = action(setDisabledInput, async (input, ctx) => {
  const user = await setUserDisabled(ctx, input);
  revalidatePath("/admin/users");
  return user;
});

export const createResetLinkAction = action(userIdInput, async (input, ctx) => {
  const { token, expiresAt, email } = await createResetLink(ctx, input);
  return { path: `/reset/${token}`, expiresAt: expiresAt.toISOString(), email };
});

export const updateCycleAction = action(cycleUpdateInput, async (input, ctx) => {
  const cycle = await updateCycle(ctx, input);
  revalidatePath("/", "layout");
  return { id: cycle.id };
});

/** Public: whoever holds a valid link may set the password once. */
export async function resetPasswordAction(raw: unknown): Promise<FormResult> {
  const parsed = resetPasswordInput.safeParse(raw);
  if (!parsed.success) return { ok: false, message: "Check the highlighted fields.", fieldErrors: flattenError(parsed.error).fieldErrors };
  try {
    await resetPassword(db(), parsed.data);
    return { ok: true, message: "Your password is set. You can now sign in." };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message };
    throw error;
  }
}
