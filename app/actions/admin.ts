"use server";

import { revalidatePath } from "next/cache";
import { action, publicAction } from "@/lib/action";
import { updateCycle } from "@/lib/admin/cycles";
import { createResetLink, resetPassword, setUserDisabled } from "@/lib/admin/users";
import { AppError } from "@/lib/errors";
import { createUser } from "@/lib/users";
import { cycleUpdateInput, resetPasswordInput, setDisabledInput, userIdInput } from "@/lib/validation/admin";
import { userCreateSchema } from "@/lib/validation/users";

const ADMIN = ["admin"] as const;

export const createUserAction = action({ input: userCreateSchema, roles: ADMIN }, async (input, ctx) => {
  const result = await createUser(ctx, input);
  if (!result.ok) throw new AppError("invalid", result.message, { fieldErrors: result.fieldErrors });
  revalidatePath("/admin/users");
  return result.data;
});

export const setUserDisabledAction = action({ input: setDisabledInput, roles: ADMIN }, async (input, ctx) => {
  const user = await setUserDisabled(ctx, input);
  revalidatePath("/admin/users");
  return user;
});

export const createResetLinkAction = action({ input: userIdInput, roles: ADMIN }, async (input, ctx) => {
  const { token, expiresAt, email } = await createResetLink(ctx, input);
  return { path: `/reset/${token}`, expiresAt: expiresAt.toISOString(), email };
});

export const updateCycleAction = action({ input: cycleUpdateInput, roles: ADMIN }, async (input, ctx) => {
  const cycle = await updateCycle(ctx, input);
  revalidatePath("/", "layout");
  return { id: cycle.id };
});

/** Public: whoever holds a valid link may set the password once. */
export const resetPasswordAction = publicAction({ input: resetPasswordInput }, async (input, ctx) => {
  await resetPassword(ctx.db, input);
});
