import { db } from "@/db/client";
import { now } from "@/lib/clock";
import { systemContext } from "@/lib/context";
import { env } from "@/lib/env";
import { runReminderJob } from "./run";

/**
 * Runs the reminder job every REMINDER_INTERVAL_MINUTES inside the server. Several instances may
 * all run it: the outbox's unique key and SKIP LOCKED delivery keep every reminder single.
 */
export function startReminderSchedule(): void {
  const minutes = env().REMINDER_INTERVAL_MINUTES;
  if (minutes === 0) return;
  const tick = async () => {
    try {
      const result = await runReminderJob(systemContext(db(), "reminders", await now()), env().APP_URL);
      if (result.queued || result.sent || result.failed) console.log("Reminders:", result);
    } catch (error) {
      console.error("Reminder job failed; it will run again.", error);
    }
  };
  setInterval(() => void tick(), minutes * 60_000).unref();
}
