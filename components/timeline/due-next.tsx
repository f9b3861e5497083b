import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { db } from "@/db/client";
import { now as clockNow } from "@/lib/clock";
import { readerDates } from "@/lib/i18n/reader";
import { reference } from "@/lib/reference-cache";
import { getDueNext } from "@/lib/timeline/queries";
import { MilestoneDate } from "./milestone-date";
import { MilestoneStatusBadge } from "./milestone-status";
import { MilestoneTitle } from "./milestone-title";
import styles from "./due-next.module.css";

/**
 * "What is due next", across every resolution of the series. On a delegation's home it shows the State's
 * own (possibly extended) deadlines and links to its calendar subscription.
 */
export async function DueNext({ state, calendarLink = false }: { state?: { id: number; iso3: string }; calendarLink?: boolean }) {
  const [t, tr, now, dates] = await Promise.all([getTranslations("dueNext"), getTranslations("record"), clockNow(), readerDates()]);
  const entries = await getDueNext(db(), now, { memberStateId: state?.id, limit: 3, keep: reference });
  return (
    <section aria-labelledby="due-next-title" className={`card ${styles.dueNext}`}>
      <h2 id="due-next-title">{t("title")}</h2>
      <p className="muted">{t("asOf", { today: dates.day(now) })}</p>
      {entries.length === 0 ? (
        <p>{t("nothing")}</p>
      ) : (
        <ul className={styles.list}>
          {entries.map((e) => (
            <li key={e.id} data-key={e.key}>
              <strong>
                <MilestoneTitle milestone={e} />
              </strong>
              <br />
              <MilestoneDate entry={e} /> · <MilestoneStatusBadge status={e.status} kind={e.kind} />
              {e.assumption && <span className="muted"> · {tr("dateNotConfirmed")}</span>}
              {e.extendedFrom && <span className="muted"> ({t("extended", { date: dates.moment(e.extendedFrom) })})</span>}
            </li>
          ))}
        </ul>
      )}
      <p className="button-row">
        <Link href="/timeline">{t("fullTimeline")}</Link>
        {state && calendarLink && <Link href={`/states/${state.iso3}/calendar`}>{t("calendar")}</Link>}
      </p>
    </section>
  );
}
