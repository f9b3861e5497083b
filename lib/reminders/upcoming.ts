import "server-only";
import { isNull } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { reportingCycles } from "@/db/schema";
import { DAY_MS } from "@/lib/time";
import { reminderCycle } from "./cycle";

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
    const reminders = await reminderCycle(db, cycle, now, baseUrl);
    const byState = new Map<number, typeof reminders.recipients>();
    for (const p of reminders.recipients) byState.set(p.stateId, [...(byState.get(p.stateId) ?? []), p]);
    for (const [stateId, people] of byState) {
      const first = people[0]!;
      const deadline = reminders.deadlineOf(stateId);
      const openItems = reminders.openItemsOf(stateId);
      if (openItems.length === 0) continue;
      for (const offset of cycle.reminderOffsets) {
        const at = new Date(deadline.getTime() - offset * DAY_MS);
        if (at <= now) continue;
        const key = `${cycle.targetSession}:${offset}:${at.getTime()}`;
        let entry = out.get(key);
        if (!entry) {
          entry = { session: cycle.targetSession, offsetDays: offset, at, states: [], preview: { to: first.email, ...reminders.messageFor(first, deadline, offset, openItems) } };
          out.set(key, entry);
        }
        entry.states.push({ iso3: first.iso3, name: first.stateName, recipients: people.map((p) => p.email), openItems: openItems.map((i) => i.letter) });
      }
    }
  }
  return [...out.values()].sort((a, b) => a.at.getTime() - b.at.getTime()).slice(0, limit);
}
