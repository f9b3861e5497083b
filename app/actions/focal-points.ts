"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { inviteOfficer, resetOfficerSecondFactor, setFocalPoint, setOfficerDisabled } from "@/lib/focal-points/service";
import { focalPointInput, inviteOfficerInput, officerDisabledInput, targetUserInput } from "@/lib/validation/security";

/** Delegation actions that the service allows to focal points only, for their own Mission only. */
const DELEGATION = ["delegation"] as const;

export const inviteOfficerAction = action({ input: inviteOfficerInput, roles: DELEGATION }, async (input, ctx) => {
  const invited = await inviteOfficer(ctx, input);
  revalidatePath("/mission/officers");
  return invited;
});

export const setOfficerDisabledAction = action({ input: officerDisabledInput, roles: DELEGATION }, async (input, ctx) => {
  const result = await setOfficerDisabled(ctx, input);
  revalidatePath("/mission/officers");
  return result;
});

export const resetOfficerSecondFactorAction = action({ input: targetUserInput, roles: DELEGATION }, async (input, ctx) => {
  const result = await resetOfficerSecondFactor(ctx, input);
  revalidatePath("/mission/officers");
  return { id: result.id };
});

/** The administrator names each Mission's focal points. */
export const setFocalPointAction = action({ input: focalPointInput, roles: ["admin"] }, async (input, ctx) => {
  const result = await setFocalPoint(ctx, input);
  revalidatePath("/admin/users");
  return result;
});
