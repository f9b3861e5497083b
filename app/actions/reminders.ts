"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/action";
import { env } from "@/lib/env";
import { runReminderJob } from "@/lib/reminders/run";

/** Runs the scheduled reminder job at once (administrators); running it again sends nothing twice. */
export const runRemindersAction = action({ input: z.object({}), roles: ["admin"] }, async (_input, ctx) => {
  const result = await runReminderJob(ctx, env().APP_URL);
  revalidatePath("/secretariat/outbox");
  return result;
});
