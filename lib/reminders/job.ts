import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Database } from "@/db/client";
import { deadlineExtensions, documents, memberStates, outbox, reportingCycles, requestedItems, submissions, users } from "@/db/schema";
import { effectiveDeadline } from "@/lib/deadlines";
import { isMemberOnSql, stateNameOn } from "@/lib/membership/sql";
import { composeReminder } from "./compose";
import { dueOffset, OPEN_STATUSES } from "./schedule";

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
    const [items, rows, extensions, recipients, mandate] = await Promise.all([
      db.select().from(requestedItems).where(eq(requestedItems.resolutionId, cycle.resolutionId)).orderBy(asc(requestedItems.letter)),
      db.select({ memberStateId: submissions.memberStateId, itemId: submissions.itemId, status: submissions.status }).from(submissions).where(eq(submissions.cycleId, cycle.id)),
      db.select().from(deadlineExtensions).where(eq(deadlineExtensions.cycleId, cycle.id)),
      db
        .select({ id: users.id, email: users.email, name: users.name, stateId: memberStates.id, stateName: stateNameOn(now), iso3: memberStates.iso3 })
        .from(users)
        .innerJoin(memberStates, eq(memberStates.id, users.memberStateId))
        .where(and(eq(users.role, "delegation"), isNull(users.disabledAt), isMemberOnSql(now))),
      cycle.mandatedById === null
        ? Promise.resolve(undefined)
        : db.select({ number: documents.number }).from(documents).where(eq(documents.id, cycle.mandatedById)).then(([d]) => d),
    ]);
    const status = new Map(rows.map((r) => [`${r.memberStateId}:${r.itemId}`, r.status]));
    const messages: (typeof outbox.$inferInsert)[] = [];
    for (const person of recipients) {
      const extension = extensions.find((e) => e.memberStateId === person.stateId);
      const deadline = effectiveDeadline(cycle.deadline, extension);
      const offset = dueOffset(cycle.reminderOffsets, deadline, now);
      if (offset === null) continue;
      const openItems = items
        .map((i) => ({ letter: i.letter, text: i.text, status: status.get(`${person.stateId}:${i.id}`) ?? "not_started" }))
        .filter((i) => (OPEN_STATUSES as readonly string[]).includes(i.status));
      if (openItems.length === 0) continue;
      const { subject, body } = composeReminder({
        stateName: person.stateName,
        recipientName: person.name,
        session: cycle.targetSession,
        mandate: mandate?.number ? { number: mandate.number, paragraph: 3 } : undefined,
        deadline,
        offsetDays: offset,
        openItems,
        link: `${baseUrl}/states/${person.iso3}`,
      });
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

/**
 * Sends pending messages. Each is claimed with FOR UPDATE SKIP LOCKED inside its transaction, so
 * two instances never send the same message; a failure is recorded and retried on the next run.
 */
export async function deliverOutbox(db: Database, mailer: Mailer, now: Date, limit = 100): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  for (let i = 0; i < limit; i++) {
    const done = await db.transaction(async (tx) => {
      const [message] = await tx
        .select()
        .from(outbox)
        .where(inArray(outbox.status, ["pending", "failed"]))
        .orderBy(asc(outbox.id))
        .limit(1)
        .for("update", { skipLocked: true });
      if (!message) return null;
      if (message.attempts >= 5) {
        await tx.update(outbox).set({ status: "failed" }).where(eq(outbox.id, message.id));
        return "skip";
      }
      try {
        await mailer.send({ to: message.toAddress, subject: message.subject, text: message.body });
        await tx.update(outbox).set({ status: "sent", sentAt: now, attempts: message.attempts + 1, lastError: null }).where(eq(outbox.id, message.id));
        return "sent";
      } catch (error) {
        await tx
          .update(outbox)
          .set({ status: "failed", attempts: message.attempts + 1, lastError: error instanceof Error ? error.message.slice(0, 500) : "unknown error" })
          .where(eq(outbox.id, message.id));
        return "failed";
      }
    });
    if (done === null || done === "skip") break;
    if (done === "sent") sent++;
    else failed++;
  }
  return { sent, failed };
}
