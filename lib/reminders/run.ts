import type { SystemActor, TopLevelContext } from "@/lib/context";
import type { Actor } from "@/lib/permissions";
import { deliverOutbox, queueDueReminders } from "./job";
import { smtpMailer } from "./mailer";

/**
 * One run of the scheduled job: queue what is due, then send what SMTP can take. Run by the system
 * (the schedule, `npm run reminders`) or at once by an administrator.
 */
export async function runReminderJob(ctx: TopLevelContext<Actor | SystemActor>, baseUrl: string) {
  const queued = await queueDueReminders(ctx.db, ctx.now, baseUrl);
  const mailer = smtpMailer();
  const delivered = mailer ? await deliverOutbox(ctx.db, mailer, ctx.now) : { sent: 0, failed: 0, setAside: 0 };
  return { ...queued, ...delivered, smtp: mailer !== null };
}
