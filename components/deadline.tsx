import { useTranslations } from "next-intl";
import { deadlineState } from "@/lib/deadlines";
import { formatNewYorkMoment } from "@/lib/i18n/dates";
import { useReaderLocale } from "@/lib/i18n/reader";
import { LocalTime } from "./local-time";
import styles from "./deadline.module.css";

export function Deadline({ deadline, now }: { deadline: Date; now: Date }) {
  const t = useTranslations("delegation");
  const te = useTranslations("editor");
  const locale = useReaderLocale();
  const state = deadlineState(now, deadline);
  return (
    <span>
      <time dateTime={deadline.toISOString()}>{formatNewYorkMoment(deadline, locale, (time) => te("newYork", { time }))}</time>
      <LocalTime iso={deadline.toISOString()} pattern={te("yourTime", { time: "{time}" })} />
      <br />
      {state.kind === "open" && <span>{t("dueIn", { days: state.daysLeft })}</span>}
      {state.kind === "due_soon" && <span className={styles.dueSoon}>{t("dueSoon", { days: state.daysLeft })}</span>}
      {state.kind === "overdue" && <span className={styles.overdue}>{t("overdue", { days: state.daysOver })}</span>}
    </span>
  );
}
