import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { StatusBadge } from "@/components/status-badge";
import type { QueueEntry } from "@/lib/review/queries";
import { readerDates } from "@/lib/i18n/reader";
import { readerStateName } from "@/lib/i18n/state-names";

/** One list of the queue (mine, unassigned, others'): a table whose ticks belong to the form `formId`. */
export async function QueueTable({ rows, formId, caption, reviewerName, showReviewer, select = true, take = true }: { rows: QueueEntry[]; formId: string; caption: string; reviewerName?: Map<string, string>; showReviewer?: boolean; select?: boolean; take?: boolean }) {
  const [t, { locale, day, moment }] = await Promise.all([getTranslations("secretariatDay.queue"), readerDates()]);
  if (rows.length === 0) return <p>{t("empty")}</p>;
  return (
    <div className="table-wrap">
      <table className="compact" data-queue={formId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {select && <th scope="col">{t("select")}</th>}
            <th scope="col">{t("reply")}</th>
            <th scope="col">{t("statusCol")}</th>
            <th scope="col">{t("deadline")}</th>
            <th scope="col">{t("received")}</th>
            {showReviewer && <th scope="col">{t("reviewer")}</th>}
            {take && <th scope="col">{t("action")}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((q) => {
            const name = t("replyName", { state: readerStateName(q.iso3, q.stateName, locale), letter: q.letter, session: q.session });
            return (
              <tr key={q.submissionId} data-iso3={q.iso3} data-letter={q.letter}>
                {select && (
                <td>
                  <input type="checkbox" name="submission" value={q.submissionId} form={formId} aria-label={t("selectOne", { reply: name })} />
                </td>
                )}
                <th scope="row">
                  <Link href={`/secretariat/review/${q.iso3}/${q.session}/${q.letter}`}>{name}</Link>
                </th>
                <td>
                  <StatusBadge status={q.status} /> {q.isLate && <span className="badge late">{t("late")}</span>}
                </td>
                <td>{day(q.deadline)}</td>
                <td>{q.submittedAt ? moment(q.submittedAt) : "—"}</td>
                {showReviewer && <td>{q.reviewerId ? (reviewerName?.get(q.reviewerId) ?? "—") : "—"}</td>}
                {take && (
                <td>
                  <button type="submit" form={formId} name="one" value={q.submissionId} className="link" aria-label={t("assignOneToMe", { reply: name })}>
                    {t("assignToMe")}
                  </button>
                </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
