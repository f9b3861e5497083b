/** Next.js calls this once per server process before it serves the first request. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { appendPeerAddressToForwardedFor } = await import("@/lib/net/peer");
  appendPeerAddressToForwardedFor();
  const { bootstrap, describeBootstrap } = await import("@/lib/bootstrap");
  const result = await bootstrap();
  console.log(describeBootstrap(result));
  const { startReminderSchedule } = await import("@/lib/reminders/schedule-runner");
  startReminderSchedule();
}

/**
 * Next.js calls this with every error a request raised (page, route handler, Server Action): an error
 * that says the database is away is noted, so that the next pages answer 503 until it is back.
 */
export async function onRequestError(error: unknown) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { noteRequestError } = await import("@/lib/ops/outage");
  noteRequestError(error);
}
