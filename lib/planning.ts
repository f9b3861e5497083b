import { addDays, daysBetween, endOfNewYorkDay, newYorkDate } from "./time";

/*
 * Backward planning: from the opening of the session a report goes to, back to the latest reply deadline.
 *
 * ASSUMPTIONS (the defaults of reporting_cycles.issuance_lead_days and processing_days; each cycle can
 * carry its own values):
 * - 42 days of issuance lead: pre-session documents are to be issued in the six official languages six
 *   weeks before the session opens (the General Assembly's "six-week rule" for documentation). Taken from
 *   the General Assembly's practice on documentation; the exact resolution is not cited here.
 * - 28 days of processing: the time the Secretariat needs, after the last reply, to compile, edit and have
 *   the report translated into the six languages. An assumption: with the six weeks above it puts the
 *   submission of the report ten weeks before the session, the usual slot for pre-session documents.
 * Both are calendar days; no account is taken of weekends or holidays.
 */
export const DEFAULT_ISSUANCE_LEAD_DAYS = 42;
export const DEFAULT_PROCESSING_DAYS = 28;

export interface PlanInput {
  /** The opening date of the session the report goes to ("2010-09-14"). */
  sessionOpening: string;
  issuanceLeadDays: number;
  processingDays: number;
  /** The cycle's reply deadline, when there is one. */
  replyDeadline?: Date | null;
  /** The last day of the expert group's last session, when a group reports to the same session. */
  expertGroupLastSessionEnd?: string | null;
}

export type PlanWarning =
  | { kind: "deadline_too_late"; deadline: Date; processingDaysLeft: number; daysShort: number }
  | { kind: "expert_group_too_late"; lastSessionEnd: string; processingDaysLeft: number; daysShort: number };

export interface Plan {
  sessionOpening: string;
  /** Latest date the report can be issued in all six languages. */
  latestIssuance: string;
  /** Latest reply deadline that leaves the processing time: 23:59 New York time on latestReplyDate. */
  latestReplyDate: string;
  latestReplyDeadline: Date;
  /** Days from the actual deadline to the latest issuance (null without a deadline). */
  processingDaysLeft: number | null;
  /** Days to spare between the actual deadline and the latest one (negative: short). */
  slackDays: number | null;
  warnings: PlanWarning[];
}

export function backwardPlan(input: PlanInput): Plan {
  const latestIssuance = addDays(input.sessionOpening, -input.issuanceLeadDays);
  const latestReplyDate = addDays(latestIssuance, -input.processingDays);
  const warnings: PlanWarning[] = [];

  let processingDaysLeft: number | null = null;
  let slackDays: number | null = null;
  if (input.replyDeadline) {
    const deadlineDate = newYorkDate(input.replyDeadline);
    processingDaysLeft = daysBetween(deadlineDate, latestIssuance);
    slackDays = daysBetween(deadlineDate, latestReplyDate);
    if (slackDays < 0) {
      warnings.push({ kind: "deadline_too_late", deadline: input.replyDeadline, processingDaysLeft, daysShort: -slackDays });
    }
  }
  if (input.expertGroupLastSessionEnd) {
    // The group's report goes through the same editing and translation as the replies' compilation.
    const left = daysBetween(input.expertGroupLastSessionEnd, latestIssuance);
    const short = daysBetween(latestReplyDate, input.expertGroupLastSessionEnd);
    if (short > 0) {
      warnings.push({ kind: "expert_group_too_late", lastSessionEnd: input.expertGroupLastSessionEnd, processingDaysLeft: left, daysShort: short });
    }
  }
  return {
    sessionOpening: input.sessionOpening,
    latestIssuance,
    latestReplyDate,
    latestReplyDeadline: endOfNewYorkDay(latestReplyDate),
    processingDaysLeft,
    slackDays,
    warnings,
  };
}
