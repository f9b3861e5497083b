"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { setCycleOffsets } from "@/lib/planning-service";
import { cycleOffsetsInput } from "@/lib/validation/timeline";

/** Administrators only (the service checks). */
export const setCycleOffsetsAction = action(cycleOffsetsInput, async (input, ctx) => {
  const result = await setCycleOffsets(ctx, input);
  revalidatePath("/timeline/planning");
  return result;
});
