import type { Database } from "@/db/client";
import { deliverOutbox, queueDueReminders } from "./job";
import { smtpMailer } from "./mailer";

/** One run of the scheduled job: queue what is due, then send what SMTP can take. */
export async function runReminderJob(db: Database, now: Date, baseUrl: string) {
  const queued = await queueDueReminders(db, now, baseUrl);
  const mailer = smtpMailer();
  const delivered = mailer ? await deliverOutbox(db, mailer, now) : { sent: 0, failed: 0 };
  return { ...queued, ...delivered, smtp: mailer !== null };
}
