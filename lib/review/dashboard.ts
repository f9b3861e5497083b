import "server-only";
import { and, eq, isNotNull, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { deadlineExtensions, memberStates, submissions, type ReportingCycle } from "@/db/schema";
import { REGIONAL_GROUPS, type RegionalGroupName } from "@/lib/groups";
import { isMemberOnSql, stateCollator, stateNameOn } from "@/lib/membership/queries";
import { findCycleBySession } from "@/lib/resolutions/queries";
import { daysBetween, newYorkDate } from "@/lib/time";

export interface DayCount {
  /** Days from the deadline's date (negative: before). */
  day: number;
  date: string;
  byGroup: Record<RegionalGroupName, number>;
  total: number;
}

/** Replies first received per New York day, by regional group, with each day's distance from the deadline. */
async function receivedPerDay(db: Executor, cycle: Pick<ReportingCycle, "id" | "deadline">): Promise<DayCount[]> {
  const day = sql<string>`to_char(${submissions.firstSubmittedAt} at time zone 'America/New_York', 'YYYY-MM-DD')`;
  const rows = await db
    .select({ date: day, group: memberStates.electoralGroup, n: sql<number>`count(*)::int` })
    .from(submissions)
    .innerJoin(memberStates, eq(memberStates.id, submissions.memberStateId))
    .where(and(eq(submissions.cycleId, cycle.id), isNotNull(submissions.firstSubmittedAt)))
    .groupBy(day, memberStates.electoralGroup)
    .orderBy(day);
  const deadlineDate = newYorkDate(cycle.deadline);
  const byDate = new Map<string, DayCount>();
  for (const r of rows) {
    const entry = byDate.get(r.date) ?? { day: daysBetween(deadlineDate, r.date), date: r.date, byGroup: Object.fromEntries(REGIONAL_GROUPS.map((g) => [g, 0])) as Record<RegionalGroupName, number>, total: 0 };
    entry.byGroup[r.group] += r.n;
    entry.total += r.n;
    byDate.set(r.date, entry);
  }
  return [...byDate.values()];
}

/**
 * The cycle at a glance: replies per day against the deadline (and last year's), States not started, late, extended.
 * The States are those that were Members on the cycle's deadline (New York day), under their names of that day,
 * as in the coverage matrix: South Sudan is not among them before 14 July 2011, Türkiye is "Turkey" before 2022.
 */
export async function getCycleDashboard(db: Executor, cycle: ReportingCycle, now: Date) {
  const day = newYorkDate(cycle.deadline);
  const collator = stateCollator();
  const byName = <T extends { name: string }>(list: T[]) => list.sort((a, b) => collator.compare(a.name, b.name));
  const previous = await findCycleBySession(db, cycle.targetSession - 1);
  const [days, lastYear, stateRows, extended] = await Promise.all([
    receivedPerDay(db, cycle),
    previous ? receivedPerDay(db, previous) : Promise.resolve([]),
    db
      .select({
        iso3: memberStates.iso3,
        name: stateNameOn(day),
        started: sql<boolean>`bool_or(${submissions.firstSubmittedAt} is not null or ${submissions.status} <> 'not_started')`,
        late: sql<boolean>`bool_or(coalesce(${submissions.isLate}, false))`,
      })
      .from(memberStates)
      .leftJoin(submissions, and(eq(submissions.memberStateId, memberStates.id), eq(submissions.cycleId, cycle.id)))
      .where(isMemberOnSql(day))
      .groupBy(memberStates.id, memberStates.iso3, memberStates.name)
      .then(byName),
    db
      .select({ iso3: memberStates.iso3, name: stateNameOn(day), deadline: deadlineExtensions.deadline })
      .from(deadlineExtensions)
      .innerJoin(memberStates, eq(memberStates.id, deadlineExtensions.memberStateId))
      .where(and(eq(deadlineExtensions.cycleId, cycle.id), isMemberOnSql(day)))
      .then(byName),
  ]);
  return {
    days,
    lastYear,
    previousSession: previous?.targetSession ?? null,
    /** How many States were Members on the deadline: the cycle's whole membership. */
    members: stateRows.length,
    notStarted: stateRows.filter((s) => !s.started),
    late: stateRows.filter((s) => s.late),
    extended,
    daysLeft: daysBetween(newYorkDate(now), newYorkDate(cycle.deadline)),
  };
}
