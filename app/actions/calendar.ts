"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { rotateCalendarToken } from "@/lib/calendar/tokens";
import { rotateTokenInput } from "@/lib/validation/timeline";

/** Makes a new secret calendar link for the delegation's own State; the old one stops working. */
export const rotateCalendarTokenAction = action({ input: rotateTokenInput, roles: ["delegation"] }, async (input, ctx) => {
  const issued = await rotateCalendarToken(ctx, input);
  revalidatePath(`/states/${input.iso3}/calendar`);
  return issued;
});
