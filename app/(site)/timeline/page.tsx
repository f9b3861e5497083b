import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import styles from "./page.module.css";
import { DueNext } from "@/components/timeline/due-next";
import { MilestoneDate } from "@/components/timeline/milestone-date";
import { MilestoneStatusBadge } from "@/components/timeline/milestone-status";
import { MilestoneTitle } from "@/components/timeline/milestone-title";
import { db } from "@/db/client";
import { currentUser } from "@/lib/auth/guards";
import { now as clockNow } from "@/lib/clock";
import { readerDates } from "@/lib/i18n/reader";
import { getTimeline } from "@/lib/timeline/queries";
import { DUE_SOON_DAYS } from "@/lib/deadlines";
import { ResolutionQuote, RuledSection } from "@/components/ui/blocks";
import { DataTable } from "@/components/ui/data-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("timeline"))("nav") };
}

export default async function TimelinePage() {
  await connection();
  const [t, tr, now, user, dates] = await Promise.all([getTranslations("timeline"), getTranslations("record"), clockNow(), currentUser(), readerDates()]);
  const timeline = await getTimeline(db(), now);
  return (
    <section aria-labelledby="timeline-title">
      <h1 id="timeline-title">{t("title")}</h1>
      <p className="lede">{t("lede", { today: dates.day(now) })}</p>
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
        <RuledSection key={resolution.id} aria-labelledby={`res-${resolution.id}`}>
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
                  <ResolutionQuote lang="en">
                    <span className="verb">{paragraph.verb}</span> {paragraph.text}
                  </ResolutionQuote>
                )}
                <DataTable
                  caption={t("caption", { number: resolution.number, group: heading })}
                  hideCaption
                  className={styles.table}
                  rows={entries}
                  rowKey={(e) => e.id}
                  rowProps={(e) => ({ "data-key": e.key, "data-status": e.status.kind })}
                  columns={[
                    { key: "date", header: t("date"), cellClassName: "nowrap", cell: (e) => <MilestoneDate entry={e} /> },
                    {
                      key: "milestone",
                      header: t("milestone"),
                      rowHeader: true,
                      cell: (e) => (
                        <>
                          <MilestoneTitle milestone={e} />
                          {e.cycleMandate && <p className="muted small">{tr("cycleMandate", { number: e.cycleMandate })}</p>}
                          {e.assumption && <p className="muted small">{tr("dateNotConfirmed")}</p>}
                        </>
                      ),
                    },
                    { key: "document", header: t("document"), cellClassName: "symbol", cell: (e) => (e.documentSymbol && e.status.kind === "done" ? e.documentSymbol : "—") },
                    { key: "status", header: t("status"), cell: (e) => <MilestoneStatusBadge status={e.status} kind={e.kind} /> },
                  ]}
                />
              </section>
            );
          })}
        </RuledSection>
      ))}
    </section>
  );
}
