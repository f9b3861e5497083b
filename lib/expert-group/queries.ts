import "server-only";
import { asc, eq, lte } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { expertGroupMembers, memberStates, type ExpertGroupSession } from "@/db/schema";
import { stateCollator, stateNameOn } from "@/lib/membership/queries";
import { newYorkDate } from "@/lib/time";
import { checkBalance, type BalanceCheck, type StateInGroups } from "./balance";

const stateColumns = (day: string) => ({
  iso3: memberStates.iso3,
  name: stateNameOn(day),
  regionalGroup: memberStates.regionalGroup,
  electoralGroup: memberStates.electoralGroup,
  alsoListedIn: memberStates.alsoListedIn,
  groupNote: memberStates.groupNote,
});

const byName = <T extends { name: string }>(rows: T[]) => {
  const collator = stateCollator();
  return rows.sort((a, b) => collator.compare(a.name, b.name));
};

/** The Members of the United Nations on a date (admitted on or before it), under their names of that date. */
export async function listMembershipOn(db: Executor, isoDate: string): Promise<StateInGroups[]> {
  return byName(await db.select(stateColumns(isoDate)).from(memberStates).where(lte(memberStates.admittedOn, isoDate)));
}

/**
 * The day a group's composition and balance are shown as of: the day its report was issued once that day has
 * come, else the app's today (the group is still at work).
 */
export function groupAsOfDay(group: { reportDate: string | null }, now: Date): string {
  const today = newYorkDate(now);
  return group.reportDate && group.reportDate <= today ? group.reportDate : today;
}

/** The group's members, under the States' names of `day` (default: today's names). */
export async function listGroupMembers(db: Executor, expertGroupId: number, day: string = newYorkDate(new Date())) {
  return byName(await db
    .select({ ...stateColumns(day), id: expertGroupMembers.id, memberStateId: memberStates.id, expertName: expertGroupMembers.expertName, isChair: expertGroupMembers.isChair, assumption: expertGroupMembers.assumption })
    .from(expertGroupMembers)
    .innerJoin(memberStates, eq(memberStates.id, expertGroupMembers.memberStateId))
    .where(eq(expertGroupMembers.expertGroupId, expertGroupId))
    .orderBy(asc(memberStates.name)));
}

/** The balance of a group's composition against the membership on the app's today. */
export async function balanceOf(db: Executor, expertGroupId: number, seats: number, now: Date): Promise<BalanceCheck> {
  const day = newYorkDate(now);
  const [members, membership] = await Promise.all([listGroupMembers(db, expertGroupId, day), listMembershipOn(db, day)]);
  return checkBalance(members, membership, seats);
}

/**
 * A session of a group as pages show it: only its facts. Days that are a guess give way to the month; a month that
 * is a guess gives no date; a venue that is a guess is not given. The notes on what is assumed stay in the database.
 */
export interface ShownGroupSession {
  id: number;
  number: number;
  /** "YYYY-MM-DD" days, when both are established */
  days: { start: string; end: string } | null;
  /** "YYYY-MM", when the month is established but not the days */
  month: string | null;
  venue: string | null;
}

export function shownGroupSession(s: Pick<ExpertGroupSession, "id" | "number" | "startDate" | "endDate" | "venue" | "daysAssumed" | "monthAssumed" | "venueAssumed">): ShownGroupSession {
  const daysKnown = !s.daysAssumed && !s.monthAssumed;
  return {
    id: s.id,
    number: s.number,
    days: daysKnown ? { start: s.startDate, end: s.endDate } : null,
    month: !daysKnown && !s.monthAssumed ? s.startDate.slice(0, 7) : null,
    venue: s.venueAssumed ? null : s.venue,
  };
}

function omit<T extends object, K extends keyof T>(row: T, key: K): Omit<T, K> {
  const copy = { ...row };
  delete copy[key];
  return copy;
}

/** Everything the expert group page shows, latest group first: facts only (no notes on assumptions). */
export async function getExpertGroupsView(db: Executor, now: Date) {
  const [groups] = await Promise.all([
    db.query.expertGroups.findMany({
      orderBy: (g, { desc }) => desc(g.establishedYear),
      with: {
        resolution: {
          columns: { symbol: true, number: true },
          // Paragraph 4 asks for the study; paragraph 2 names the concepts it covers.
          with: { paragraphs: { where: (p, { inArray }) => inArray(p.number, [2, 4]), orderBy: (p, { asc }) => asc(p.number) } },
        },
        sessions: { orderBy: (s, { asc }) => asc(s.number) },
      },
    }),
  ]);
  return Promise.all(
    groups.map(async ({ resolution, sessions, ...group }) => {
      const asOf = groupAsOfDay(group, now);
      const [members, membership] = await Promise.all([listGroupMembers(db, group.id, asOf), listMembershipOn(db, asOf)]);
      // The notes on what is assumed about a member stay in the database.
      const shown = members.map((m) => omit(m, "assumption"));
      return {
        group,
        resolutionSymbol: resolution.symbol,
        resolutionNumber: resolution.number,
        members: shown,
        chair: shown.find((m) => m.isChair) ?? null,
        sessions: sessions.map(shownGroupSession),
        mandate: resolution.paragraphs,
        balance: checkBalance(members, membership, group.seats),
        /** The day the composition, names and balance are as of. */
        asOf,
      };
    }),
  );
}

export type ExpertGroupView = Awaited<ReturnType<typeof getExpertGroupsView>>[number];
