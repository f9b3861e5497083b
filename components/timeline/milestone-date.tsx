import type { TimelineEntry } from "@/lib/timeline/queries";
import { formatNewYorkDateTime, formatUnDate, newYorkDate } from "@/lib/time";

/** A deadline shows its New York minute; any other milestone its day (and a session its days). */
export function MilestoneDate({ entry }: { entry: Pick<TimelineEntry, "kind" | "dueAt" | "doneOn"> }) {
  if (entry.kind === "reply_deadline") return <time dateTime={entry.dueAt.toISOString()}>{formatNewYorkDateTime(entry.dueAt)}</time>;
  const day = newYorkDate(entry.dueAt);
  if (entry.kind === "expert_group_session" && entry.doneOn && entry.doneOn > day) {
    return (
      <>
        <time dateTime={day}>{formatUnDate(day)}</time> – <time dateTime={entry.doneOn}>{formatUnDate(entry.doneOn)}</time>
      </>
    );
  }
  return <time dateTime={day}>{formatUnDate(day)}</time>;
}
