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
