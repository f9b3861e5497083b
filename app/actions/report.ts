"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { SECRETARIAT_ROLES } from "@/lib/permissions";
import { issueReport } from "@/lib/report/service";
import { issueReportInput } from "@/lib/validation/report";

// The Secretariat issues; issueReport checks the preview's fingerprint and the workflow.
export const issueReportAction = action({ input: issueReportInput, roles: SECRETARIAT_ROLES }, async (input, ctx) => {
  const result = await issueReport(ctx, input);
  revalidatePath("/secretariat", "layout");
  revalidatePath("/published", "layout");
  revalidatePath("/states", "layout");
  return result;
});
