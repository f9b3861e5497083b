import { DAY_MS } from "@/lib/time";

/** Days before a deadline from which it is shown as due soon. */
export const DUE_SOON_DAYS = 7;

/** A State's deadline: its extension when the Secretariat granted one, the cycle's otherwise. */
export function effectiveDeadline(cycleDeadline: Date, extension?: { deadline: Date } | null): Date {
  return extension ? extension.deadline : cycleDeadline;
}

export type DeadlineState =
  | { kind: "open"; daysLeft: number }
  | { kind: "due_soon"; daysLeft: number; hoursLeft: number }
  | { kind: "overdue"; daysOver: number };

/**
 * Where "now" stands against a deadline. The deadline minute itself is still on time: a reply at
 * 23:59:59 for a 23:59 deadline is on time, one at the next minute is late.
 */
export function deadlineState(now: Date, deadline: Date): DeadlineState {
  const ms = deadline.getTime() - now.getTime();
  if (isLateAt(now, deadline)) return { kind: "overdue", daysOver: Math.max(1, Math.ceil(-ms / DAY_MS)) };
  const daysLeft = Math.floor(ms / DAY_MS);
  if (ms <= DUE_SOON_DAYS * DAY_MS) return { kind: "due_soon", daysLeft, hoursLeft: Math.floor(ms / (60 * 60 * 1000)) };
  return { kind: "open", daysLeft };
}

/** Late means after the last second of the deadline minute. */
export function isLateAt(moment: Date, deadline: Date): boolean {
  const endOfMinute = Math.floor(deadline.getTime() / 60000) * 60000 + 59999;
  return moment.getTime() > endOfMinute;
}
