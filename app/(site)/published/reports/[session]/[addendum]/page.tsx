import { parseIntParam } from "@/lib/params";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { ReportDocument } from "@/components/report/report-document";
import { db } from "@/db/client";
import { isAppError } from "@/lib/errors";
import { compiledDocument } from "@/lib/report/exports";
import { PublishedBreadcrumb } from "@/components/published/published-breadcrumb";
import { LanguageVersionLinks } from "@/components/report/language-version-links";

type Params = { params: Promise<{ session: string; addendum: string }> };

async function load(params: Params["params"]) {
  const raw = await params;
  const session = parseIntParam(raw.session) ?? notFound();
  const addendum = parseIntParam(raw.addendum, { min: 0 }) ?? notFound();
  // Only an issued document (a number is required), and only its public edition.
  return compiledDocument(db(), session, addendum, "public").catch((e: unknown) => {
    if (isAppError(e) && e.code === "not_found") notFound();
    throw e;
  });
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const report = await load(params);
  return { title: `${report.symbol}: ${report.subtitle}` };
}

export default async function PublishedReportPage({ params }: Params) {
  await connection();
  const [t, tr, report] = await Promise.all([getTranslations("published"), getTranslations("reportPages"), load(params)]);
  const { session, addendum } = await params;
  return (
    <section aria-labelledby="document-page-title">
      <PublishedBreadcrumb here={report.symbol} />
      <h1 id="document-page-title">{t("documentTitle", { symbol: report.symbol })}</h1>
      <p className="lede">
        {t("documentIntro", { symbol: report.symbol })}{" "}
        <a href={`/api/published/reports/${session}/${addendum}/report.pdf`}>{t("downloadPdf")}</a> ·{" "}
        <a href={`/api/published/reports/${session}/${addendum}/report.docx`}>{t("downloadDocx")}</a>
      </p>
      <p>{tr("publishedLanguageVersions")}</p>
      <LanguageVersionLinks base={`/api/published/reports/${session}/${addendum}`} pdf={tr("pdf")} docx={tr("docx")} />
      <ReportDocument report={report} headingId="document" />
    </section>
  );
}
