import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { PublishedSearchForm } from "@/components/published/search-form";
import { db } from "@/db/client";
import { getResolutionWithText, listCycles } from "@/lib/resolutions/queries";
import { listPublishedDocuments, listPublishedStates } from "@/lib/published/queries";
import { formatDate } from "@/lib/i18n/dates";
import { readerLocale } from "@/lib/i18n/reader";
import { stateCollator, stateName } from "@/lib/i18n/state-names";
import { LinkList } from "@/components/ui/blocks";

export async function generateMetadata(): Promise<Metadata> {
  const [t, tp] = await Promise.all([getTranslations("published"), getTranslations("pages")]);
  return { title: t("title"), description: tp("publishedDescription") };
}

export default async function PublishedPage() {
  await connection();
  const [t, tr, data, documents, published, locale] = await Promise.all([
    getTranslations("published"),
    getTranslations("record"),
    getResolutionWithText(db()),
    listPublishedDocuments(db()),
    listPublishedStates(db()),
    readerLocale(),
  ]);
  // Named and sorted in the reader's language (Intl.Collator), as the report's language versions are.
  const collator = stateCollator(locale);
  const states = published.map((s) => ({ ...s, name: stateName(s.iso3, locale) })).sort((a, b) => collator.compare(a.name, b.name));
  if (!data) return <h1>{t("title")}</h1>;
  const cycles = await listCycles(db(), data.resolution.id);
  return (
    <section aria-labelledby="published-title">
      <h1 id="published-title">{t("title")}</h1>
      <p className="lede">{t("intro")}</p>
      <PublishedSearchForm items={data.items} sessions={cycles.map((c) => c.targetSession)} />

      <h2>{t("documentsTitle")}</h2>
      {documents.length === 0 ? (
        <p>{t("noDocuments")}</p>
      ) : (
        <ul className="documents">
          {documents.map((d) => (
            <li key={d.symbol}>
              <span className="symbol">{d.symbol}</span>: {t("documentLine", { date: formatDate(d.issuedOn, locale), replies: d.replies, states: d.states })}{" "}
              <Link href={`/published/reports/${d.session}/${d.addendum}`}>
                {t("read")}
                <span className="visually-hidden">: {d.symbol}</span>
              </Link>{" "}
              ·{" "}
              <a href={`/api/published/reports/${d.session}/${d.addendum}/report.pdf`}>
                {t("downloadPdf")}
                <span className="visually-hidden"> of {d.symbol}</span>
              </a>{" "}
              ·{" "}
              <a href={`/api/published/reports/${d.session}/${d.addendum}/report.docx`}>
                {t("downloadDocx")}
                <span className="visually-hidden"> of {d.symbol}</span>
              </a>
            </li>
          ))}
        </ul>
      )}

      <p>
        <Link href="/series#archive">{tr("archiveLink")}</Link>
      </p>

      <h2>{t("byItemTitle")}</h2>
      <ul>
        {data.items.map((i) => (
          <li key={i.letter}>
            <Link href={`/published/items/${i.letter}`}>
              ({i.letter}) {i.text.replace(/;$/, "")}
            </Link>
          </li>
        ))}
      </ul>

      <h2>{t("byStateTitle")}</h2>
      {states.length === 0 ? (
        <p>{t("noStates")}</p>
      ) : (
        <LinkList aria-label={t("byStateTitle")}>
          {states.map((s) => (
            <li key={s.iso3}>
              <Link href={`/published/states/${s.iso3}`}>{s.name}</Link> <span className="muted">({t("stateReplies", { count: s.replies })})</span>
            </li>
          ))}
        </LinkList>
      )}
    </section>
  );
}
