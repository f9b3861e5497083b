"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { setDemoDate } from "@/lib/clock-setting";
import { demoDateInput } from "@/lib/validation/timeline";

/** Administrators only; never in production (the service checks that). */
export const setDemoDateAction = action({ input: demoDateInput, roles: ["admin"] }, async (input, ctx) => {
  const result = await setDemoDate(ctx, input);
  // Every page depends on today.
  revalidatePath("/", "layout");
  return result;
});
