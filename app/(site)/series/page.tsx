import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { db } from "@/db/client";
import { now as clockNow } from "@/lib/clock";
import { readerDates } from "@/lib/i18n/reader";
import { inReaderLanguage, listNames } from "@/lib/i18n/state-names";
import { sessionName } from "@/lib/i18n/session-ordinal";
import { getSeries, undocsUrl, type SeriesDocument } from "@/lib/series/queries";
import { newYorkDate } from "@/lib/time";
import styles from "./page.module.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("seriesTitle") };
}

/**
 * Public: the series of resolutions on developments in the field of information and telecommunications in the
 * context of international security, the reports of the Secretary-General and of the groups of experts, as they
 * stood on the app's today, each linked to the UN's official document system. Then the archive of past reports.
 */
export default async function SeriesPage() {
  await connection();
  const [t, now, { locale, day }] = await Promise.all([getTranslations("record"), clockNow(), readerDates()]);
  const today = newYorkDate(now);
  const series = await getSeries(db(), today);
  const session = (n: number) => sessionName(n, locale);
  const sessions = [...new Set([...series.documents.map((d) => d.session), ...series.pending.map((p) => p.session)])].sort((a, b) => a - b);
  const label = (d: SeriesDocument) => {
    switch (d.kind) {
      case "resolution":
        return t("kindResolution", { number: d.number ?? d.symbol });
      case "sg_report":
        return t("kindReport", { session: session(d.session) });
      case "addendum":
        return t("kindAddendum", { report: d.parent ?? "" });
      case "corrigendum":
        return t("kindCorrigendum", { report: d.parent ?? "" });
      case "expert_group_report":
        return t("kindGroupReport");
    }
  };
  const link = (symbol: string) => (
    <a className="symbol" href={undocsUrl(symbol)}>
      {symbol}
    </a>
  );
  return (
    <section aria-labelledby="series-title">
      <h1 id="series-title">{t("seriesTitle")}</h1>
      <p className="lede">{t("seriesLede", { date: day(today) })}</p>
      <p className="muted">{t("seriesLinks")}</p>
      {sessions.map((n) => {
        const docs = series.documents.filter((d) => d.session === n);
        const pending = series.pending.filter((p) => p.session === n);
        return (
          <section key={n} aria-labelledby={`session-${n}`} className={styles.session}>
            <h2 id={`session-${n}`}>{t("sessionHeading", { session: session(n) })}</h2>
            <ol className={styles.timeline}>
              {docs.map((d) => (
                <li key={d.symbol} data-symbol={d.symbol} data-kind={d.kind}>
                  {d.date ? <time dateTime={d.date}>{day(d.date)}</time> : <span className={styles.undated}>{t("undated")}</span>} {link(d.symbol)}{" "}
                  <span>{label(d)}</span>
                  {d.kind === "resolution" && d.reportsToSession && (
                    <span className="muted"> {t("resolutionAsks", { session: session(d.reportsToSession) })}</span>
                  )}
                  {d.kind !== "resolution" && d.mandatedBy && <span className="muted"> {t("requestedBy", { number: d.mandatedBy.replace(/^A\/RES\//, "") })}</span>}
                </li>
              ))}
              {pending.map((p) => (
                <li key={`pending-${p.session}`} data-pending={p.session}>
                  <span>{t("toBeIssued", { session: session(p.session) })}</span>{" "}
                  <span className="muted">{t("requestedBy", { number: p.mandatedBy.replace(/^A\/RES\//, "") })}</span>
                </li>
              ))}
            </ol>
          </section>
        );
      })}

      <h2 id="archive">{t("archiveTitle")}</h2>
      <p>{t("archiveLede")}</p>
      {series.archive.length === 0 && <p className="notice">{t("archiveEmpty", { date: day(today) })}</p>}
      {series.archive.map((a) => (
        <section key={a.session} aria-labelledby={`archive-${a.session}`} data-archive={a.session}>
          <h3 id={`archive-${a.session}`}>{t("kindReport", { session: session(a.session) })}</h3>
          <ul>
            {a.documents.map((d) => (
              <li key={d.symbol}>
                {link(d.symbol)}, {d.date ? <time dateTime={d.date}>{day(d.date)}</time> : t("undated")}
                {d.kind !== "sg_report" && <> ({label(d)})</>}
              </li>
            ))}
          </ul>
          <p className="muted">{t("requestedBy", { number: a.mandatedBy.replace(/^A\/RES\//, "") })}</p>
          {!a.tracked ? (
            <p>{t("repliesNotTracked")}</p>
          ) : a.replied.length === 0 ? (
            <p>{t("repliesNoneRecorded")}</p>
          ) : (
            <p>
              {t("repliedStates", { count: a.replied.length })} {listNames(inReaderLanguage(a.replied, locale).map((s) => s.name), locale)}.
            </p>
          )}
        </section>
      ))}
    </section>
  );
}
