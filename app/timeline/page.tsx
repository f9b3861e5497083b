import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import styles from "./page.module.css";
import { DueNext } from "@/components/timeline/due-next";
import { MilestoneDate } from "@/components/timeline/milestone-date";
import { MilestoneStatusBadge } from "@/components/timeline/milestone-status";
import { db } from "@/db/client";
import { currentUser } from "@/lib/auth/guards";
import { now as clockNow } from "@/lib/clock";
import { formatUnDate } from "@/lib/time";
import { getTimeline } from "@/lib/timeline/queries";
import { DUE_SOON_DAYS } from "@/lib/deadlines";

export const metadata: Metadata = { title: "Timeline" };

export default async function TimelinePage() {
  await connection();
  const [t, tr, now, user] = await Promise.all([getTranslations("timeline"), getTranslations("record"), clockNow(), currentUser()]);
  const timeline = await getTimeline(db(), now);
  return (
    <section aria-labelledby="timeline-title">
      <h1 id="timeline-title">{t("title")}</h1>
      <p className="lede">{t("lede", { today: formatUnDate(now) })}</p>
      <p className="muted">{t("legend", { days: DUE_SOON_DAYS })}</p>
      <DueNext />
      <ul className={styles.links}>
        <li>
          <Link href="/timeline/planning">{t("planningLink")}</Link>
        </li>
        <li>
          <Link href="/expert-group">{t("expertGroupLink")}</Link>
        </li>
        <li>
          <Link href="/series">{tr("seriesLink")}</Link>
        </li>
        <li>
          <a href="/api/calendar.ics">{t("globalFeed")}</a>
        </li>
      </ul>
      {user?.role === "admin" && (
        <nav aria-label={t("adminTools")} className="notice">
          <strong>{t("adminTools")}:</strong> <Link href="/admin/clock">{t("setClock")}</Link> ·{" "}
          <Link href="/admin/resolutions/new">{t("addResolution")}</Link>
        </nav>
      )}
      {timeline.length === 0 && <p>{t("empty")}</p>}
      {timeline.map(({ resolution, groups }) => (
        <section key={resolution.id} aria-labelledby={`res-${resolution.id}`} className="cycle">
          <h2 id={`res-${resolution.id}`}>
            {t("resolution", { number: resolution.number })} <span className="symbol muted">({resolution.symbol})</span>
          </h2>
          {groups.map(({ paragraph, entries }) => {
            const heading = paragraph ? t("paragraph", { number: paragraph.number }) : t("adoption");
            const id = `res-${resolution.id}-p-${paragraph?.number ?? 0}`;
            return (
              <section key={id} aria-labelledby={id}>
                <h3 id={id}>{heading}</h3>
                {paragraph && (
                  <blockquote className="resolution-quote">
                    <span className="verb">{paragraph.verb}</span> {paragraph.text}
                  </blockquote>
                )}
                <div className="table-wrap">
                  <table className={styles.table}>
                    <caption className="visually-hidden">{t("caption", { number: resolution.number, group: heading })}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t("date")}</th>
                        <th scope="col">{t("milestone")}</th>
                        <th scope="col">{t("document")}</th>
                        <th scope="col">{t("status")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {entries.map((e) => (
                        <tr key={e.id} data-key={e.key} data-status={e.status.kind}>
                          <td className="nowrap">
                            <MilestoneDate entry={e} />
                          </td>
                          <th scope="row">
                            {e.title}
                            {e.cycleMandate && <p className="muted small">{tr("cycleMandate", { number: e.cycleMandate })}</p>}
                            {e.assumption && <p className="muted small">{tr("dateNotConfirmed")}</p>}
                          </th>
                          <td className="symbol">{e.documentSymbol && e.status.kind === "done" ? e.documentSymbol : "—"}</td>
                          <td>
                            <MilestoneStatusBadge status={e.status} kind={e.kind} />
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </section>
            );
          })}
        </section>
      ))}
    </section>
  );
}
