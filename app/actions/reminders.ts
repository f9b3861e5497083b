"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/action";
import { env } from "@/lib/env";
import { runReminderJob } from "@/lib/reminders/run";
import { retrySetAsideMessage } from "@/lib/reminders/service";

/** Runs the scheduled reminder job at once (administrators); running it again sends nothing twice. */
export const runRemindersAction = action({ input: z.object({}), roles: ["admin"] }, async (_input, ctx) => {
  const result = await runReminderJob(ctx, env().APP_URL);
  revalidatePath("/secretariat/outbox");
  return result;
});

/** Puts a message set aside after failing back in line for the job's next run (the Secretariat). */
export const retryMessageAction = action({ input: z.object({ id: z.coerce.number().int().positive() }), roles: ["reviewer", "admin"] }, async (input, ctx) => {
  const result = await retrySetAsideMessage(ctx, input);
  revalidatePath("/secretariat/outbox");
  return result;
});
