import { and, asc, eq, isNull, lte, notInArray, or, sql } from "drizzle-orm";
import type { Database, Executor } from "@/db/client";
import { outbox, reportingCycles } from "@/db/schema";
import { reminderCycle } from "./cycle";
import { dueOffset } from "./schedule";

export interface ReminderRun {
  queued: number;
  alreadySent: number;
}

/**
 * Queues the reminders due now for every open cycle. Safe to run twice, or on two app instances at
 * once: the outbox's unique key (cycle, recipient, offset) lets each reminder in only once.
 */
export async function queueDueReminders(db: Database, now: Date, baseUrl: string): Promise<ReminderRun> {
  const cycles = await db.select().from(reportingCycles).where(isNull(reportingCycles.closedAt));
  let queued = 0;
  let alreadySent = 0;
  for (const cycle of cycles) {
    const reminders = await reminderCycle(db, cycle, now, baseUrl);
    const messages: (typeof outbox.$inferInsert)[] = [];
    for (const person of reminders.recipients) {
      const deadline = reminders.deadlineOf(person.stateId);
      const offset = dueOffset(cycle.reminderOffsets, deadline, now);
      if (offset === null) continue;
      const openItems = reminders.openItemsOf(person.stateId);
      if (openItems.length === 0) continue;
      const { subject, body } = reminders.messageFor(person, deadline, offset, openItems);
      messages.push({ cycleId: cycle.id, memberStateId: person.stateId, recipientId: person.id, offsetDays: offset, toAddress: person.email, subject, body, createdAt: now });
    }
    if (messages.length === 0) continue;
    const inserted = await db.insert(outbox).values(messages).onConflictDoNothing().returning({ id: outbox.id });
    queued += inserted.length;
    alreadySent += messages.length - inserted.length;
  }
  return { queued, alreadySent };
}

export interface Mailer {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
}

/** After this many failed attempts a message is set aside (status "failed") and shown in the outbox. */
export const MAX_ATTEMPTS = 5;
/** Wait before the first retry; each later retry waits four times longer (5 min, 20 min, 80 min, 5 h 20). */
export const FIRST_RETRY_MS = 5 * 60_000;

/** When a message that has now failed `attempts` times may be tried again. */
export function nextAttempt(now: Date, attempts: number): Date {
  return new Date(now.getTime() + FIRST_RETRY_MS * 4 ** Math.max(0, attempts - 1));
}

export interface Delivery {
  sent: number;
  /** Attempts that failed in this run (retried later, or set aside). */
  failed: number;
  /** Messages set aside in this run after their last allowed attempt. */
  setAside: number;
}

/**
 * Sends the messages that are due: new ones, and failed ones whose backoff has passed (oldest due
 * first). A failure only delays that message (backoff) and never the others; after MAX_ATTEMPTS it
 * is set aside. Each message is claimed with FOR UPDATE SKIP LOCKED inside its transaction, so two
 * instances never send the same message.
 */
export async function deliverOutbox(db: Database, mailer: Mailer, now: Date, limit = 100): Promise<Delivery> {
  const result: Delivery = { sent: 0, failed: 0, setAside: 0 };
  const tried = new Set<number>();
  for (let i = 0; i < limit; i++) {
    const done = await db.transaction(async (tx) => {
      const [message] = await tx
        .select()
        .from(outbox)
        .where(
          and(
            eq(outbox.status, "pending"),
            or(isNull(outbox.nextAttemptAt), lte(outbox.nextAttemptAt, now)),
            tried.size > 0 ? notInArray(outbox.id, [...tried]) : undefined,
          ),
        )
        .orderBy(sql`${outbox.nextAttemptAt} asc nulls first`, asc(outbox.id))
        .limit(1)
        .for("update", { skipLocked: true });
      if (!message) return null;
      tried.add(message.id);
      const attempts = message.attempts + 1;
      try {
        await mailer.send({ to: message.toAddress, subject: message.subject, text: message.body });
        await tx.update(outbox).set({ status: "sent", sentAt: now, attempts, lastError: null, nextAttemptAt: null }).where(eq(outbox.id, message.id));
        return "sent" as const;
      } catch (error) {
        const lastError = error instanceof Error ? error.message.slice(0, 500) : "unknown error";
        const giveUp = attempts >= MAX_ATTEMPTS;
        await tx
          .update(outbox)
          .set(giveUp ? { status: "failed", attempts, lastError, nextAttemptAt: null } : { status: "pending", attempts, lastError, nextAttemptAt: nextAttempt(now, attempts) })
          .where(eq(outbox.id, message.id));
        return giveUp ? ("setAside" as const) : ("failed" as const);
      }
    });
    if (done === null) break;
    if (done === "sent") result.sent++;
    else {
      result.failed++;
      if (done === "setAside") result.setAside++;
    }
  }
  return result;
}

/** Puts a message that was set aside back in line, to be tried at the next run (an administrator's decision). */
export async function retryMessage(db: Executor, id: number): Promise<boolean> {
  const rows = await db
    .update(outbox)
    .set({ status: "pending", attempts: 0, nextAttemptAt: null })
    .where(and(eq(outbox.id, id), eq(outbox.status, "failed")))
    .returning({ id: outbox.id });
  return rows.length > 0;
}
