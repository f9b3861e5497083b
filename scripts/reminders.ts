// `npm run reminders`: one run of the reminder job (for cron). Safe to run twice: nothing is sent twice.
import { connectFromEnv } from "@/db/client";
import { migrate } from "@/db/migrate";
import { env } from "@/lib/env";
import { parseDemoToday } from "@/lib/clock";
import { systemContext } from "@/lib/context";
import { isProduction } from "@/lib/env";
import { runReminderJob } from "@/lib/reminders/run";

const conn = connectFromEnv();
try {
  await migrate(conn);
  const now = (!isProduction() && parseDemoToday(env().TRACKER_TODAY)) || new Date();
  console.log(await runReminderJob(systemContext(conn.db, "reminders", now), env().APP_URL));
} finally {
  await conn.close();
}
