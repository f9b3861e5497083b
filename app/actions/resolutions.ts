"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { addResolution } from "@/lib/resolutions/service";
import { newResolutionInput } from "@/lib/validation/resolution";

/** Administrators only: a later resolution of the series, as data. */
export const addResolutionAction = action({ input: newResolutionInput, roles: ["admin"] }, async (input, ctx) => {
  const created = await addResolution(ctx, input);
  revalidatePath("/timeline");
  return created;
});
