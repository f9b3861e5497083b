import type { AddressInfo } from "node:net";
import { and, eq } from "drizzle-orm";
import { createTransport } from "nodemailer";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, outbox } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { auditSentence } from "@/lib/review/audit-log";
import { retrySetAsideMessage } from "@/lib/reminders/service";
import { deliverOutbox, FIRST_RETRY_MS, MAX_ATTEMPTS, nextAttempt, retryMessage, type Mailer } from "@/lib/reminders/job";
import { newYorkTime } from "@/lib/time";
import { cycleFor, makeUser } from "./factories";
import { openTestDatabase, type TestDatabase } from "./harness";

/**
 * A real SMTP server (smtp-server, from the Nodemailer project) on a free local port, reached through
 * nodemailer as in production. It refuses every message to the poisoned address, and counts the rest.
 */
const POISONED = "poisoned@mission.example";
let t: TestDatabase;
let server: SMTPServer;
let mailer: Mailer;
const received: string[] = [];

beforeAll(async () => {
  t = await openTestDatabase();
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address === POISONED) {
        const refusal = Object.assign(new Error("Mailbox unavailable: poisoned on purpose"), { responseCode: 550 });
        return callback(refusal);
      }
      callback();
    },
    onData(stream, session, callback) {
      stream.on("data", () => {});
      stream.on("end", () => {
        received.push(...session.envelope.rcptTo.map((r) => r.address));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  const transport = createTransport({ host: "127.0.0.1", port, secure: false, ignoreTLS: true });
  mailer = {
    async send(m) {
      await transport.sendMail({ from: "tracker@un.example", to: m.to, subject: m.subject, text: m.text });
    },
  };
});
afterAll(async () => {
  await new Promise<void>((resolve) => server?.close(() => resolve()));
  await t?.close();
});

describe("delivering the outbox through SMTP", () => {
  it("sends every other message when one keeps failing, retries it with backoff, then sets it aside", async () => {
    const cycle = await cycleFor(t.conn.db, 65);
    const people = [];
    for (const iso3 of ["KEN", "CHL", "IND", "BRA"]) people.push(await makeUser(t.conn.db, { role: "delegation", iso3 }));
    const start = newYorkTime("2010-05-17T09:00");
    // The poisoned message has the lowest id: before, it blocked every later reminder.
    const rows = await t.conn.db
      .insert(outbox)
      .values(
        people.map((p, i) => ({
          cycleId: cycle.id,
          memberStateId: p.memberStateId!,
          recipientId: p.id,
          offsetDays: 14,
          toAddress: i === 0 ? POISONED : p.email,
          subject: "Reminder",
          body: "Please reply.",
          createdAt: start,
        })),
      )
      .returning({ id: outbox.id });
    const poisonedId = rows[0]!.id;

    const first = await deliverOutbox(t.conn.db, mailer, start);
    expect(first).toEqual({ sent: 3, failed: 1, setAside: 0 });
    expect(received.sort()).toEqual(people.slice(1).map((p) => p.email).sort());

    const [afterOne] = await t.conn.db.select().from(outbox).where(eq(outbox.id, poisonedId));
    expect(afterOne).toMatchObject({ status: "pending", attempts: 1 });
    expect(afterOne!.lastError).toContain("Mailbox unavailable");
    expect(afterOne!.nextAttemptAt!.getTime()).toBe(start.getTime() + FIRST_RETRY_MS);

    // Backoff: running again at once does not hammer the server; the message waits its turn.
    expect(await deliverOutbox(t.conn.db, mailer, new Date(start.getTime() + 60_000))).toEqual({ sent: 0, failed: 0, setAside: 0 });

    // Each retry waits four times longer than the one before, and messages queued meanwhile still go.
    let now = start;
    const waits: number[] = [];
    for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
      const [row] = await t.conn.db.select().from(outbox).where(eq(outbox.id, poisonedId));
      waits.push(row!.nextAttemptAt!.getTime() - now.getTime());
      now = row!.nextAttemptAt!;
      const run = await deliverOutbox(t.conn.db, mailer, now);
      expect(run.failed).toBe(1);
      expect(run.setAside).toBe(attempt === MAX_ATTEMPTS ? 1 : 0);
    }
    expect(waits).toEqual([1, 4, 16, 64].map((k) => k * FIRST_RETRY_MS));
    expect(nextAttempt(start, 2).getTime() - start.getTime()).toBe(4 * FIRST_RETRY_MS);

    const [setAside] = await t.conn.db.select().from(outbox).where(eq(outbox.id, poisonedId));
    expect(setAside).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS, nextAttemptAt: null });
    expect(setAside!.lastError).toContain("550");

    // A later reminder is sent even though the poisoned message has failed five times.
    const late = await makeUser(t.conn.db, { role: "delegation", iso3: "FRA" });
    await t.conn.db.insert(outbox).values({ cycleId: cycle.id, memberStateId: late.memberStateId!, recipientId: late.id, offsetDays: 3, toAddress: late.email, subject: "Reminder", body: "Three days left.", createdAt: now });
    expect(await deliverOutbox(t.conn.db, mailer, new Date(now.getTime() + 1000))).toEqual({ sent: 1, failed: 0, setAside: 0 });
    expect(received).toContain(late.email);

    // An administrator may put it back in line once the address is fixed.
    expect(await retryMessage(t.conn.db, poisonedId)).toBe(true);
    await t.conn.db.update(outbox).set({ toAddress: people[0]!.email }).where(eq(outbox.id, poisonedId));
    expect(await deliverOutbox(t.conn.db, mailer, now)).toEqual({ sent: 1, failed: 0, setAside: 0 });
    expect(await retryMessage(t.conn.db, poisonedId)).toBe(false);
  });

  it("lets the Secretariat retry a set-aside message: back in line with a fresh count, audited, sent at the next run", async () => {
    const cycle = await cycleFor(t.conn.db, 65);
    const reviewer = await makeUser(t.conn.db, { role: "reviewer" });
    const person = await makeUser(t.conn.db, { role: "delegation", iso3: "GHA" });
    const at = newYorkTime("2010-05-28T09:00");
    const [row] = await t.conn.db
      .insert(outbox)
      .values({ cycleId: cycle.id, memberStateId: person.memberStateId!, recipientId: person.id, offsetDays: 3, toAddress: person.email, subject: "Reminder", body: "Three days left.", createdAt: at, status: "failed", attempts: MAX_ATTEMPTS, lastError: "550 Mailbox unavailable" })
      .returning({ id: outbox.id });
    const id = row!.id;
    const ctx = { db: t.conn.db, actor: reviewer, now: at };
    const code = (p: Promise<unknown>) => p.then(() => "ok", (e: unknown) => (e instanceof AppError ? e.code : Promise.reject(e)));

    // A set-aside message is not tried by the job until someone retries it.
    expect(await deliverOutbox(t.conn.db, mailer, at)).toEqual({ sent: 0, failed: 0, setAside: 0 });

    expect(await retrySetAsideMessage(ctx, { id })).toEqual({ to: person.email });
    const [after] = await t.conn.db.select().from(outbox).where(eq(outbox.id, id));
    expect(after).toMatchObject({ status: "pending", attempts: 0, nextAttemptAt: null });

    const [event] = await t.conn.db.select().from(auditEvents).where(and(eq(auditEvents.action, "outbox.retry"), eq(auditEvents.entityId, String(id))));
    expect(event).toMatchObject({ actorId: reviewer.id, entityType: "outbox", memberStateId: person.memberStateId, cycleId: cycle.id, createdAt: at });
    expect(event!.details).toMatchObject({ to: person.email, attempts: MAX_ATTEMPTS, lastError: "550 Mailbox unavailable" });
    const sentence = auditSentence({ action: event!.action, actor: "Reviewer Two", iso3: "GHA", session: 65, details: event!.details }, "en", (key, values) => `${key} ${JSON.stringify(values)}`, (d) => d);
    expect(sentence).toContain("events.outbox_retry");
    expect(sentence).toContain(person.email);

    // Retrying twice, or a message that does not exist, is refused and changes nothing.
    expect(await code(retrySetAsideMessage(ctx, { id }))).toBe("conflict");
    expect(await code(retrySetAsideMessage(ctx, { id: 987654 }))).toBe("not_found");
    expect(await t.conn.db.select().from(auditEvents).where(eq(auditEvents.action, "outbox.retry"))).toHaveLength(1);

    expect(await deliverOutbox(t.conn.db, mailer, at)).toEqual({ sent: 1, failed: 0, setAside: 0 });
    expect(received).toContain(person.email);
  });
});
