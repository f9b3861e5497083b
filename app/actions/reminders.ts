"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/action";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { runReminderJob } from "@/lib/reminders/run";

/** Runs the scheduled reminder job at once (administrators); running it again sends nothing twice. */
export const runRemindersAction = action(z.object({}), async (_input, ctx) => {
  if (ctx.actor.role !== "admin") throw new AppError("forbidden", "Only an administrator can run the reminder job.");
  const result = await runReminderJob(ctx.db, ctx.now, env().APP_URL);
  revalidatePath("/secretariat/outbox");
  return result;
});
