import { useTranslations } from "next-intl";
import type { MilestoneStatus } from "@/lib/timeline/status";
import { useReaderDates } from "@/lib/i18n/reader";
import styles from "./milestone-status.module.css";

/** A milestone's state in words (never colour alone), with its countdown. */
export function MilestoneStatusBadge({ status, kind }: { status: MilestoneStatus; kind: string }) {
  const t = useTranslations("milestoneStatus");
  const { day } = useReaderDates();
  const label = status.kind === "done" && kind === "reply_deadline" ? t("passed") : t(status.kind);
  let detail: string;
  switch (status.kind) {
    case "done":
      detail = t("doneOn", { date: day(status.doneOn) });
      break;
    case "in_progress":
      detail = t("until", { date: day(status.until) });
      break;
    case "overdue":
      detail = t("late", { days: status.daysOver });
      break;
    case "due_soon":
      detail = status.daysLeft === 0 ? t("inHours", { hours: status.hoursLeft }) : t("inDays", { days: status.daysLeft });
      break;
    case "upcoming":
      detail = t("inDays", { days: status.daysLeft });
      break;
  }
  return (
    <span className={styles.status}>
      <span className={`badge ${styles[status.kind]}`}>{label}</span> <span className={styles.countdown}>{detail}</span>
    </span>
  );
}
