import "server-only";
import { asc, desc, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import {
  deadlineExtensions,
  expertGroups,
  expertGroupSessions,
  gaSessions,
  milestones,
  paragraphs,
  reportingCycles,
  resolutions,
  type Milestone,
  type Paragraph,
} from "@/db/schema";
import type { FeedCycle, FeedExtension, FeedMilestone } from "@/lib/calendar/feed";
import { cycleMandateSymbol, cycleReportDateAssumed } from "@/lib/resolutions/queries";
import { shownReport, type ShownReport } from "@/lib/cycles";
import { backwardPlan, type Plan } from "@/lib/planning";
import { keepNothing, type Keep } from "@/lib/keep";
import { milestoneStatus, resolveMilestone, type MilestoneStatus } from "./status";

export interface TimelineEntry {
  id: number;
  key: string;
  kind: Milestone["kind"];
  title: string;
  dueAt: Date;
  doneOn: string | null;
  documentSymbol: string | null;
  assumption: string | null;
  source: string | null;
  resolutionSymbol: string;
  paragraphNumber: number | null;
  cycleSession: number | null;
  /** For a cycle's milestone: the number of the resolution mandating that cycle ("64/25"). */
  cycleMandate: string | null;
  status: MilestoneStatus;
  /** Set when the entry is a State's own deadline moved by an extension. */
  extendedFrom?: Date;
}

export interface TimelineParagraphGroup {
  /** null: the resolution's adoption, which no paragraph mandates. */
  paragraph: Pick<Paragraph, "number" | "verb" | "text"> | null;
  entries: TimelineEntry[];
}

export interface TimelineResolution {
  resolution: { id: number; symbol: string; number: string; title: string; adoptedOn: string; session: number };
  groups: TimelineParagraphGroup[];
}

/**
 * Every milestone of every resolution of the series with what resolves its date: its cycle, and with a
 * State, that State's extended deadline of the cycle, if any. The same for every reader of a State.
 */
function loadMilestoneRows(db: Executor, memberStateId?: number) {
  return db
    .select({
      m: milestones,
      resolutionSymbol: resolutions.symbol,
      paragraphNumber: paragraphs.number,
      cycleSession: reportingCycles.targetSession,
      cycleDeadline: reportingCycles.deadline,
      cycleReportIssuedOn: reportingCycles.reportIssuedOn,
      cycleMandate: sql<string | null>`(select md.number from documents md where md.id = "reporting_cycles"."mandated_by_id")`,
      extendedTo: memberStateId
        ? sql<Date | null>`(select de.deadline from deadline_extensions de where de.cycle_id = "milestones"."cycle_id" and de.member_state_id = ${memberStateId})`.mapWith(
            deadlineExtensions.deadline,
          )
        : sql<null>`null`,
    })
    .from(milestones)
    .innerJoin(resolutions, eq(resolutions.id, milestones.resolutionId))
    .leftJoin(paragraphs, eq(paragraphs.id, milestones.paragraphId))
    .leftJoin(reportingCycles, eq(reportingCycles.id, milestones.cycleId))
    .orderBy(asc(milestones.dueAt), asc(milestones.id));
}

/** Every milestone, resolved against its cycle (and the State's extension), with its state at `now`. */
async function loadEntries(db: Executor, now: Date, memberStateId?: number, keep: Keep = keepNothing) {
  const rows = await keep(`milestones:${memberStateId ?? ""}`, () => loadMilestoneRows(db, memberStateId));
  return rows
    .map((r) => {
      const cycle = r.cycleDeadline ? { deadline: r.cycleDeadline, reportIssuedOn: r.cycleReportIssuedOn } : null;
      const m = resolveMilestone(r.m, cycle);
      return {
        id: m.id,
        key: m.key,
        kind: m.kind,
        title: m.title,
        dueAt: m.dueAt,
        doneOn: m.doneOn,
        documentSymbol: m.documentSymbol,
        assumption: m.assumption,
        source: m.source,
        resolutionSymbol: r.resolutionSymbol,
        paragraphNumber: r.paragraphNumber,
        cycleSession: r.cycleSession,
        cycleMandate: r.cycleMandate,
        status: milestoneStatus(m, now),
        extendedTo: r.extendedTo,
      };
    })
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.id - b.id);
}

/** The timeline page: each resolution (oldest first), its milestones grouped by the paragraph that mandates them. */
export async function getTimeline(db: Executor, now: Date): Promise<TimelineResolution[]> {
  const [resolutionRows, paragraphRows, entries] = await Promise.all([
    db
      .select({ id: resolutions.id, symbol: resolutions.symbol, number: resolutions.number, title: resolutions.title, adoptedOn: resolutions.adoptedOn, session: resolutions.session })
      .from(resolutions)
      .orderBy(asc(resolutions.adoptedOn), asc(resolutions.id)),
    db.select().from(paragraphs).orderBy(asc(paragraphs.number)),
    loadEntries(db, now),
  ]);
  return resolutionRows.map((resolution) => {
    const own = entries.filter((e) => e.resolutionSymbol === resolution.symbol);
    const numbers = [...new Set(own.map((e) => e.paragraphNumber))].sort((a, b) => (a ?? 0) - (b ?? 0));
    return {
      resolution,
      groups: numbers.map((n) => {
        const p = n === null ? undefined : paragraphRows.find((x) => x.resolutionId === resolution.id && x.number === n);
        return { paragraph: p ? { number: p.number, verb: p.verb, text: p.text } : null, entries: own.filter((e) => e.paragraphNumber === n) };
      }),
    };
  });
}

/**
 * "What is due next": what is under way, then what is still ahead (overdue first, as it is earliest), across
 * every resolution. For a delegation, its State's extended deadlines replace the cycles' deadlines.
 */
export async function getDueNext(db: Executor, now: Date, options: { memberStateId?: number; limit?: number; keep?: Keep } = {}): Promise<TimelineEntry[]> {
  const entries = await loadEntries(db, now, options.memberStateId, options.keep);
  const adjusted = entries.map(({ extendedTo, ...e }): TimelineEntry => {
    if (e.kind !== "reply_deadline" || !extendedTo) return e;
    const moved = resolveMilestone({ kind: e.kind, dueAt: e.dueAt, doneOn: e.doneOn }, { deadline: extendedTo, reportIssuedOn: null });
    return { ...e, dueAt: moved.dueAt, doneOn: moved.doneOn, status: milestoneStatus(moved, now), extendedFrom: e.dueAt };
  });
  const rank = (e: TimelineEntry) => (e.status.kind === "in_progress" ? 0 : 1);
  return adjusted
    .filter((e) => e.status.kind !== "done")
    .sort((a, b) => rank(a) - rank(b) || a.dueAt.getTime() - b.dueAt.getTime())
    .slice(0, options.limit ?? 3);
}

/** A milestone as the calendar feeds show it. */
const feedMilestoneColumns = {
  resolutionSymbol: resolutions.symbol,
  key: milestones.key,
  kind: milestones.kind,
  title: milestones.title,
  dueAt: milestones.dueAt,
  doneOn: milestones.doneOn,
  documentSymbol: milestones.documentSymbol,
  assumption: milestones.assumption,
  cycleId: milestones.cycleId,
  /** For a cycle's milestone: the resolution mandating that cycle. */
  mandateSymbol: sql<string | null>`(select md.symbol from reporting_cycles mc join documents md on md.id = mc.mandated_by_id where mc.id = "milestones"."cycle_id")`,
};

/** A reporting cycle as the calendar feeds show it (its reply deadline). */
const feedCycleColumns = {
  id: reportingCycles.id,
  /** The resolution mandating the cycle (64/25 for the sixty-fifth session). */
  resolutionSymbol: cycleMandateSymbol,
  targetSession: reportingCycles.targetSession,
  deadline: reportingCycles.deadline,
  reportSymbol: reportingCycles.reportSymbol,
  reportIssuedOn: reportingCycles.reportIssuedOn,
};

/** What the calendar feeds hold: every milestone and cycle, and the State's extensions. */
export async function getFeedData(db: Executor, memberStateId?: number) {
  const [milestoneRows, cycleRows, extensionRows] = await Promise.all([
    db
      .select(feedMilestoneColumns)
      .from(milestones)
      .innerJoin(resolutions, eq(resolutions.id, milestones.resolutionId))
      .orderBy(asc(milestones.dueAt)),
    db
      .select(feedCycleColumns)
      .from(reportingCycles)
      .innerJoin(resolutions, eq(resolutions.id, reportingCycles.resolutionId))
      .orderBy(asc(reportingCycles.deadline)),
    memberStateId
      ? db
          .select({ cycleId: deadlineExtensions.cycleId, deadline: deadlineExtensions.deadline, reason: deadlineExtensions.reason })
          .from(deadlineExtensions)
          .where(eq(deadlineExtensions.memberStateId, memberStateId))
      : Promise.resolve([]),
  ]);
  return { milestones: milestoneRows as FeedMilestone[], cycles: cycleRows as FeedCycle[], extensions: extensionRows as FeedExtension[] };
}

export interface CyclePlan {
  cycleId: number;
  resolutionSymbol: string;
  targetSession: number;
  issuanceLeadDays: number;
  processingDays: number;
  deadline: Date;
  /** The report as the page may show it on the day asked for: null before it is issued; no date when the date is assumed. */
  report: ShownReport | null;
  /**
   * The expert group reporting to the same session, with the end of its last session as far as it is a fact:
   * the day, or only the month when the days are assumed, or neither. The plan still reckons with the
   * planned day; the page shows only what is established.
   */
  expertGroup: { name: string; lastSessionEnd: string | null; lastSessionMonth: string | null } | null;
  plan: Plan;
}

/**
 * The backward plan of every cycle (latest session first), with the expert group reporting to the same session,
 * as the public planning page shows it on `today`.
 */
export async function getCyclePlans(db: Executor, today: string): Promise<CyclePlan[]> {
  const [cycles, groups] = await Promise.all([
    db
      .select({ cycle: reportingCycles, opening: gaSessions.openingDate, resolutionSymbol: cycleMandateSymbol, reportDateAssumed: cycleReportDateAssumed })
      .from(reportingCycles)
      .innerJoin(gaSessions, eq(gaSessions.number, reportingCycles.targetSession))
      .innerJoin(resolutions, eq(resolutions.id, reportingCycles.resolutionId))
      .orderBy(desc(reportingCycles.targetSession), asc(resolutions.adoptedOn)),
    db
      .select({
        name: expertGroups.name,
        session: expertGroups.reportDueSession,
        endDate: expertGroupSessions.endDate,
        daysAssumed: expertGroupSessions.daysAssumed,
        monthAssumed: expertGroupSessions.monthAssumed,
      })
      .from(expertGroups)
      .innerJoin(expertGroupSessions, eq(expertGroupSessions.expertGroupId, expertGroups.id))
      .orderBy(desc(expertGroupSessions.endDate)),
  ]);
  return cycles.map(({ cycle, opening, resolutionSymbol, reportDateAssumed }) => {
    // The group's sessions, latest end first: the first one with an end date is its last session.
    const g = groups.find((x) => x.session === cycle.targetSession && x.endDate !== null);
    return {
      cycleId: cycle.id,
      resolutionSymbol,
      targetSession: cycle.targetSession,
      issuanceLeadDays: cycle.issuanceLeadDays,
      processingDays: cycle.processingDays,
      deadline: cycle.deadline,
      report: shownReport(cycle, reportDateAssumed, today),
      expertGroup: g
        ? {
            name: g.name,
            lastSessionEnd: g.daysAssumed || g.monthAssumed ? null : g.endDate,
            lastSessionMonth: g.monthAssumed ? null : g.endDate!.slice(0, 7),
          }
        : null,
      plan: backwardPlan({
        sessionOpening: opening,
        issuanceLeadDays: cycle.issuanceLeadDays,
        processingDays: cycle.processingDays,
        replyDeadline: cycle.deadline,
        expertGroupLastSessionEnd: g?.endDate ?? null,
      }),
    };
  });
}
