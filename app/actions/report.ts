"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { issueReport } from "@/lib/report/service";
import { issueReportInput } from "@/lib/validation/report";

// issueReport checks the role (Secretariat) and the preview's fingerprint itself.
export const issueReportAction = action(issueReportInput, async (input, ctx) => {
  const result = await issueReport(ctx, input);
  revalidatePath("/secretariat", "layout");
  revalidatePath("/published", "layout");
  revalidatePath("/states", "layout");
  return result;
});
