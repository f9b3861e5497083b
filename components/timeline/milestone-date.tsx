import type { TimelineEntry } from "@/lib/timeline/queries";
import { useReaderDates } from "@/lib/i18n/reader";
import { newYorkDate } from "@/lib/time";

/** A deadline shows its New York minute; any other milestone its day (and a session its days); in the reader's language. */
export function MilestoneDate({ entry }: { entry: Pick<TimelineEntry, "kind" | "dueAt" | "doneOn"> }) {
  const { day: formatDay, moment } = useReaderDates();
  if (entry.kind === "reply_deadline") return <time dateTime={entry.dueAt.toISOString()}>{moment(entry.dueAt)}</time>;
  const day = newYorkDate(entry.dueAt);
  if (entry.kind === "expert_group_session" && entry.doneOn && entry.doneOn > day) {
    return (
      <>
        <time dateTime={day}>{formatDay(day)}</time> – <time dateTime={entry.doneOn}>{formatDay(entry.doneOn)}</time>
      </>
    );
  }
  return <time dateTime={day}>{formatDay(day)}</time>;
}
