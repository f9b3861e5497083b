import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { deadlineExtensions, documents, memberStates, reportingCycles, requestedItems, submissions, users } from "@/db/schema";
import { effectiveDeadline } from "@/lib/deadlines";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { DAY_MS } from "@/lib/time";
import { composeReminder } from "./compose";
import { OPEN_STATUSES } from "./schedule";

export interface UpcomingReminder {
  session: number;
  offsetDays: number;
  /** When the job will write it (the deadline minus the offset). */
  at: Date;
  /** States that would get it if nothing changes before then, each with the people it goes to. */
  states: { iso3: string; name: string; recipients: string[]; openItems: string[] }[];
  /** The message the first of them would receive, in that person's language (their saved preference), as the job writes it. */
  preview: { to: string; subject: string; body: string } | null;
}

/**
 * The reminders still to come for every open cycle, as things stand now: for each offset whose
 * moment is in the future, the States with open items and their delegation's addresses, and a
 * preview of the message. States with an extension get theirs on their own dates.
 */
export async function upcomingReminders(db: Executor, now: Date, baseUrl: string, limit = 6): Promise<UpcomingReminder[]> {
  const cycles = await db.select().from(reportingCycles).where(isNull(reportingCycles.closedAt));
  const out = new Map<string, UpcomingReminder>();
  for (const cycle of cycles) {
    const [items, rows, extensions, recipients, mandate] = await Promise.all([
      db.select().from(requestedItems).where(eq(requestedItems.resolutionId, cycle.resolutionId)).orderBy(asc(requestedItems.letter)),
      db.select({ memberStateId: submissions.memberStateId, itemId: submissions.itemId, status: submissions.status }).from(submissions).where(eq(submissions.cycleId, cycle.id)),
      db.select().from(deadlineExtensions).where(eq(deadlineExtensions.cycleId, cycle.id)),
      db
        .select({ email: users.email, name: users.name, locale: users.locale, stateId: memberStates.id, stateName: memberStates.name, iso3: memberStates.iso3 })
        .from(users)
        .innerJoin(memberStates, eq(memberStates.id, users.memberStateId))
        .where(and(eq(users.role, "delegation"), isNull(users.disabledAt)))
        .orderBy(asc(memberStates.name), asc(users.email)),
      cycle.mandatedById === null
        ? Promise.resolve(undefined)
        : db.select({ number: documents.number }).from(documents).where(eq(documents.id, cycle.mandatedById)).then(([d]) => d),
    ]);
    const status = new Map(rows.map((r) => [`${r.memberStateId}:${r.itemId}`, r.status]));
    const byState = new Map<number, typeof recipients>();
    for (const p of recipients) byState.set(p.stateId, [...(byState.get(p.stateId) ?? []), p]);
    for (const [stateId, people] of byState) {
      const first = people[0]!;
      const deadline = effectiveDeadline(cycle.deadline, extensions.find((e) => e.memberStateId === stateId));
      const openItems = items
        .map((i) => ({ letter: i.letter, text: i.text, status: status.get(`${stateId}:${i.id}`) ?? "not_started" }))
        .filter((i) => (OPEN_STATUSES as readonly string[]).includes(i.status));
      if (openItems.length === 0) continue;
      for (const offset of cycle.reminderOffsets) {
        const at = new Date(deadline.getTime() - offset * DAY_MS);
        if (at <= now) continue;
        const key = `${cycle.targetSession}:${offset}:${at.getTime()}`;
        let entry = out.get(key);
        if (!entry) {
          const message = composeReminder(
            {
              stateName: first.stateName,
              iso3: first.iso3,
              recipientName: first.name,
              session: cycle.targetSession,
              mandate: mandate?.number ? { number: mandate.number, paragraph: 3 } : undefined,
              deadline,
              offsetDays: offset,
              openItems,
              link: `${baseUrl}/states/${first.iso3}`,
            },
            isLocale(first.locale) ? first.locale : DEFAULT_LOCALE,
          );
          entry = { session: cycle.targetSession, offsetDays: offset, at, states: [], preview: { to: first.email, ...message } };
          out.set(key, entry);
        }
        entry.states.push({ iso3: first.iso3, name: first.stateName, recipients: people.map((p) => p.email), openItems: openItems.map((i) => i.letter) });
      }
    }
  }
  return [...out.values()].sort((a, b) => a.at.getTime() - b.at.getTime()).slice(0, limit);
}
