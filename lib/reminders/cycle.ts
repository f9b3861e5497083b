import { and, asc, eq, isNull } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { deadlineExtensions, documents, memberStates, requestedItems, submissions, users, type ReportingCycle } from "@/db/schema";
import { effectiveDeadline } from "@/lib/deadlines";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { isMemberOnSql, stateNameOn } from "@/lib/membership/sql";
import { composeReminder } from "./compose";
import { OPEN_STATUSES } from "./schedule";

/**
 * What the reminders of one cycle are made from, as things stand at `now`: the delegation officers of
 * the States that are Members that day (with the State's name of the day, sorted by it), each State's
 * deadline (its extension, if any) and open items, and the message one officer would receive. The
 * reminder job queues these messages; the outbox page previews the ones still to come.
 */
export async function reminderCycle(db: Executor, cycle: ReportingCycle, now: Date, baseUrl: string) {
  const [items, rows, extensions, recipients, mandate] = await Promise.all([
    db.select().from(requestedItems).where(eq(requestedItems.resolutionId, cycle.resolutionId)).orderBy(asc(requestedItems.letter)),
    db.select({ memberStateId: submissions.memberStateId, itemId: submissions.itemId, status: submissions.status }).from(submissions).where(eq(submissions.cycleId, cycle.id)),
    db.select().from(deadlineExtensions).where(eq(deadlineExtensions.cycleId, cycle.id)),
    db
      .select({ id: users.id, email: users.email, name: users.name, locale: users.locale, stateId: memberStates.id, stateName: stateNameOn(now), iso3: memberStates.iso3 })
      .from(users)
      .innerJoin(memberStates, eq(memberStates.id, users.memberStateId))
      .where(and(eq(users.role, "delegation"), isNull(users.disabledAt), isMemberOnSql(now)))
      .orderBy(asc(memberStates.name), asc(users.email)),
    cycle.mandatedById === null
      ? Promise.resolve(undefined)
      : db.select({ number: documents.number }).from(documents).where(eq(documents.id, cycle.mandatedById)).then(([d]) => d),
  ]);
  const status = new Map(rows.map((r) => [`${r.memberStateId}:${r.itemId}`, r.status]));
  type Recipient = (typeof recipients)[number];
  return {
    recipients,
    deadlineOf: (stateId: number) => effectiveDeadline(cycle.deadline, extensions.find((e) => e.memberStateId === stateId)),
    /** The State's items that still want a reply (not started, draft, returned). */
    openItemsOf: (stateId: number) =>
      items
        .map((i) => ({ letter: i.letter, text: i.text, status: status.get(`${stateId}:${i.id}`) ?? "not_started" }))
        .filter((i) => (OPEN_STATUSES as readonly string[]).includes(i.status)),
    /** The reminder `person` receives `offset` days before `deadline`, in their saved language. */
    messageFor: (person: Recipient, deadline: Date, offset: number, openItems: { letter: string; text: string; status: string }[]) =>
      composeReminder(
        {
          stateName: person.stateName,
          iso3: person.iso3,
          recipientName: person.name,
          session: cycle.targetSession,
          mandate: mandate?.number ? { number: mandate.number, paragraph: 3 } : undefined,
          deadline,
          offsetDays: offset,
          openItems,
          link: `${baseUrl}/states/${person.iso3}`,
        },
        isLocale(person.locale) ? person.locale : DEFAULT_LOCALE,
      ),
  };
}
