import { deadlineState } from "@/lib/deadlines";
import { daysBetween, newYorkDate } from "@/lib/time";

/**
 * Where a milestone stands relative to today (the app's clock):
 * - done: it happened (its done date has come; on its due day, once the due minute is over);
 * - in_progress: it has started and ends on its done date (an expert group session of several days);
 * - overdue: its moment has passed and nothing says it happened (a report not issued yet);
 * - due_soon: within DUE_SOON_DAYS of its moment;
 * - upcoming: later than that.
 */
export type MilestoneStatus =
  | { kind: "done"; doneOn: string }
  | { kind: "in_progress"; until: string; daysLeft: number }
  | { kind: "overdue"; daysOver: number }
  | { kind: "due_soon"; daysLeft: number; hoursLeft: number }
  | { kind: "upcoming"; daysLeft: number };

export interface DatedMilestone {
  /** The moment it is due or happens (a deadline's last minute, New York time). */
  dueAt: Date;
  /** The New York calendar date it happened or will be complete ("2010-05-31"); null when not known. */
  doneOn: string | null;
}

/**
 * "Today" is the New York calendar date of `now`, whatever the viewer's zone: a deadline of 31 May 2010,
 * 23:59 in New York is still open at 05:59 on 1 June in Geneva and at 13:59 on 1 June in Canberra.
 */
export function milestoneStatus(m: DatedMilestone, now: Date): MilestoneStatus {
  // Days ahead and days over count calendar days: a meeting on 18 July is 33 days from 15 June at any hour
  // (the demo clock runs on from the date it was set to). Within the last week the hours count instead.
  const today = newYorkDate(now);
  const state = deadlineState(now, m.dueAt);
  if (m.doneOn !== null && m.doneOn <= today) {
    // Done on its due day: a deadline or a meeting of that day is over only once its minute has passed.
    const sameDay = m.doneOn === today && m.doneOn === newYorkDate(m.dueAt);
    if (!sameDay || state.kind === "overdue") return { kind: "done", doneOn: m.doneOn };
  }
  if (state.kind === "overdue") {
    if (m.doneOn !== null) return { kind: "in_progress", until: m.doneOn, daysLeft: Math.max(0, daysBetween(today, m.doneOn)) };
    return { kind: "overdue", daysOver: Math.max(1, daysBetween(newYorkDate(m.dueAt), today)) };
  }
  // Within the deadline minute itself the time left is under a minute, never negative.
  if (state.kind === "due_soon") return { kind: "due_soon", daysLeft: Math.max(0, state.daysLeft), hoursLeft: Math.max(0, state.hoursLeft) };
  return { kind: "upcoming", daysLeft: daysBetween(today, newYorkDate(m.dueAt)) };
}

/** Is it still ahead (not done, not running)? What "due next" lists. */
export function isPending(status: MilestoneStatus): boolean {
  return status.kind === "upcoming" || status.kind === "due_soon" || status.kind === "overdue";
}

export interface MilestoneLike {
  kind: string;
  dueAt: Date;
  doneOn: string | null;
}

export interface CycleLike {
  deadline: Date;
  reportIssuedOn: string | null;
}

/**
 * A milestone as the timeline shows it: a cycle's reply deadline follows the cycle (the Secretariat may
 * move it), and a cycle's report counts as issued once the cycle records its issue date.
 */
export function resolveMilestone<M extends MilestoneLike>(m: M, cycle: CycleLike | null | undefined): M {
  if (!cycle) return m;
  if (m.kind === "reply_deadline") return { ...m, dueAt: cycle.deadline, doneOn: newYorkDate(cycle.deadline) };
  if (m.kind === "report_issued" && m.doneOn === null && cycle.reportIssuedOn !== null) return { ...m, doneOn: cycle.reportIssuedOn };
  return m;
}
