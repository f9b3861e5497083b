import { parseIntParam } from "@/lib/params";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { IssueReport } from "@/components/report/issue-report";
import { ReportDocument } from "@/components/report/report-document";
import { db } from "@/db/client";
import { getCycleStatusCounts } from "@/lib/submissions/queries";
import { requirePageRole } from "@/lib/auth/guards";
import { now as clockNow } from "@/lib/clock";
import { isAppError } from "@/lib/errors";
import { isLocale, LOCALE_INFO, type Locale } from "@/lib/i18n/locales";
import { compileReport } from "@/lib/report/compile";
import { loadNextDocument } from "@/lib/report/queries";
import { formatReportDate } from "@/lib/report/texts";
import { newYorkDate, OFFICIAL_TIME_ZONE } from "@/lib/time";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { LinkList } from "@/components/ui/blocks";
import { LanguageVersionLinks } from "@/components/report/language-version-links";
import { DataTable } from "@/components/ui/data-table";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reportPages");
  return { title: t("metaTitle") };
}

export default async function ReportPage({ params }: { params: Promise<{ session: string }> }) {
  const { session } = await params;
  await requirePageRole(`/secretariat/cycles/${session}/report`, "reviewer", "admin");
  const sessionNumber = parseIntParam(session) ?? notFound();
  const loaded = await loadNextDocument(db(), sessionNumber).catch((e: unknown) => {
    if (isAppError(e) && e.code === "not_found") notFound();
    throw e;
  });
  const { frame, issued, source } = loaded;
  const { cycle } = frame;
  const [t, rawLocale] = await Promise.all([getTranslations("reportPages"), getLocale()]);
  const locale: Locale = isLocale(rawLocale) ? rawLocale : "en";
  const date = (value: Date | string) => formatReportDate(value, locale);
  const today = newYorkDate(await clockNow());
  const report = compileReport(source, { edition: "full", today });
  const [now, { counts }] = await Promise.all([clockNow(), getCycleStatusCounts(db(), cycle)]);
  const awaiting = counts.submitted + counts.under_review + counts.returned;
  const restricted = report.states.reduce((n, s) => n + s.items.filter((i) => i.restricted).length, 0);
  const base = `/api/secretariat/cycles/${cycle.targetSession}`;
  const deadline = t("deadlineMoment", {
    date: date(cycle.deadline),
    time: new Intl.DateTimeFormat(LOCALE_INFO[locale].intlTag, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: OFFICIAL_TIME_ZONE }).format(cycle.deadline),
  });
  const warnings = [
    !report.addendumLine && now < cycle.deadline ? t("deadlineNotPassed", { deadline }) : null,
    awaiting > 0 ? t("awaitingReview", { count: awaiting }) : null,
  ].filter((w): w is string => w !== null);

  return (
    <section aria-labelledby="report-title">
      <Breadcrumb>
        <Link href="/secretariat">{t("breadcrumbSecretariat")}</Link> ›{" "}
        <Link href={`/secretariat/cycles/${cycle.targetSession}`}>{t("breadcrumbMatrix", { session: cycle.targetSession })}</Link> › {t("breadcrumbReport")}
      </Breadcrumb>
      <h1 id="report-title">{t("title", { session: cycle.targetSession })}</h1>
      <p className="lede">
        {t("lede", {
          symbol: report.baseSymbol,
          hasItem: cycle.reportAgendaItem ? "yes" : "no",
          item: cycle.reportAgendaItem ?? "",
          date: date(cycle.noteVerbaleDate),
        })}
      </p>

      <h2>{t("issuedTitle")}</h2>
      {issued.length === 0 ? (
        <p>{cycle.reportIssuedOn ? t("issuedBeforeTracker", { date: date(cycle.reportIssuedOn) }) : t("nothingIssued")}</p>
      ) : (
        <DataTable
          caption={t("issuedCaption")}
          hideCaption
          variant="compact"
          rows={issued}
          rowKey={(r) => r.id}
          columns={[
            { key: "document", header: t("colDocument"), rowHeader: true, cellClassName: "symbol", cell: (r) => r.symbol },
            { key: "issued", header: t("colIssuedOn"), cell: (r) => date(r.issuedOn) },
            { key: "by", header: t("colBy"), cell: (r) => r.issuedBy },
            { key: "replies", header: t("colReplies"), cell: (r) => r.replies },
            {
              key: "downloads",
              header: t("colDownloads"),
              cell: (r) => (
                <>
                  <a href={`${base}/report.docx?addendum=${r.addendum}`}>
                    {t("docx")}
                    <span className="visually-hidden">{t("ofDocument", { symbol: r.symbol })}</span>
                  </a>{" "}
                  ·{" "}
                  <a href={`${base}/report.pdf?addendum=${r.addendum}`}>
                    {t("pdf")}
                    <span className="visually-hidden">{t("ofDocument", { symbol: r.symbol })}</span>
                  </a>{" "}
                  · {t("publicEdition")}{" "}
                  <a href={`${base}/report.pdf?addendum=${r.addendum}&edition=public`}>
                    {t("pdf")}
                    <span className="visually-hidden">{t("ofDocumentPublic", { symbol: r.symbol })}</span>
                  </a>
                </>
              ),
            },
          ]}
        />
      )}

      <h2 id="next-title">{t("nextTitle", { symbol: report.symbol, addendum: report.addendumLine ? "yes" : "no" })}</h2>
      <p role="status" aria-live="polite">
        {report.replyCount === 0 ? t("noneWaiting") : t("waiting", { replies: report.replyCount, states: report.states.length, restricted })}
      </p>
      {warnings.map((w) => (
        <p key={w} className="notice warn">
          {w}
        </p>
      ))}
      <h3>{t("exportTitle")}</h3>
      <LinkList>
        <li>
          <a href={`${base}/report.docx`}>{t("draftDocx")}</a>
        </li>
        <li>
          <a href={`${base}/report.pdf`}>{t("draftPdf")}</a>
        </li>
        <li>
          <a href={`${base}/report.pdf?edition=public`}>{t("draftPdfPublic")}</a>
        </li>
        <li>
          {t("languageVersions")}
          <LanguageVersionLinks base={base} pdf={t("pdf")} docx={t("docx")} />
        </li>
        <li>
          <a href={`${base}/replies.csv`}>{t("repliesCsv")}</a>
        </li>
        <li>
          <a href={`${base}/replies.json`}>{t("repliesJson")}</a>
        </li>
      </LinkList>
      {/* Always rendered, so its confirmation stays on screen after the page refreshes. */}
      <h3>{t("issueTitle")}</h3>
      <ClientMessages namespaces={["reportPages"]} forms={false}>
        <IssueReport
          summary={{
            session: cycle.targetSession,
            symbol: report.symbol,
            isAddendum: report.addendum > 0,
            fingerprint: report.fingerprint,
            replies: report.replyCount,
            states: report.states.length,
            restricted,
            issueDate: date(newYorkDate(now)),
            warning: warnings.join(" ") || null,
          }}
        />
      </ClientMessages>

      <h2>{t("previewTitle")}</h2>
      <p className="muted">{t("previewNote")}</p>
      <ReportDocument report={report} headingId="preview" />
    </section>
  );
}
