import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { PublishedSearchForm } from "@/components/published/search-form";
import { db } from "@/db/client";
import { getResolutionWithText, listCycles } from "@/lib/resolutions/queries";
import { headlineFragments } from "@/lib/published/highlight";
import { searchPublished } from "@/lib/published/queries";
import { sessionOrdinal } from "@/lib/i18n/session-ordinal";
import { publishedSearchInput } from "@/lib/validation/report";
import { PublishedBreadcrumb } from "@/components/published/published-breadcrumb";
import { readerLocale } from "@/lib/i18n/reader";
import { readerStateName } from "@/lib/i18n/state-names";
import styles from "./page.module.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("published"))("searchTitle") };
}

const PAGE_SIZE = 20;

export default async function PublishedSearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const raw = await searchParams;
  const input = publishedSearchInput.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const [t, tp, data, locale] = await Promise.all([getTranslations("published"), getTranslations("pages"), getResolutionWithText(db()), readerLocale()]);
  const cycles = data ? await listCycles(db(), data.resolution.id) : [];
  const items = data?.items ?? [];
  const result = input.q
    ? await searchPublished(db(), { q: input.q, letter: input.item, session: input.session, group: input.group }, { limit: PAGE_SIZE, offset: (input.page - 1) * PAGE_SIZE })
    : null;
  const shortTitle = new Map(items.map((i) => [i.letter, i.shortTitle]));
  const pageLink = (page: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries({ q: input.q, item: input.item, session: input.session, group: input.group, page })) if (v) q.set(k, String(v));
    return `/published/search?${q.toString()}`;
  };

  return (
    <section aria-labelledby="search-title">
      <PublishedBreadcrumb here={t("search")} />
      <h1 id="search-title">{t("searchTitle")}</h1>
      <PublishedSearchForm values={input} items={items} sessions={cycles.map((c) => c.targetSession)} />
      <div role="status" aria-live="polite">
        {result ? <p>{t("resultsCount", { total: result.total, q: input.q })}</p> : <p className="muted">{t("emptyQuery")}</p>}
      </div>
      {result && result.hits.length > 0 && (
        <ol className={styles.results} start={(input.page - 1) * PAGE_SIZE + 1}>
          {result.hits.map((hit) => (
            <li key={hit.entryId}>
              <h2 className="result-title" style={{ fontSize: "1.05rem", margin: 0 }}>
                <Link href={`/published/states/${hit.iso3}#item-${hit.letter}`}>
                  {readerStateName(hit.iso3, hit.stateName, locale)}: ({hit.letter}) {shortTitle.get(hit.letter)}
                </Link>
              </h2>
              <p className="muted" style={{ margin: 0 }}>
                {t("resultMeta", { session: sessionOrdinal(hit.session, locale, { style: "numeric" }), symbol: hit.symbol })}
              </p>
              <p className={styles.snippet} lang={hit.language}>
                {headlineFragments(hit.headline).map((fragment, i) => (
                  <span key={i}>
                    {i > 0 && " … "}
                    {fragment.map((seg, j) => (seg.mark ? <mark key={j}>{seg.text}</mark> : seg.text))}
                  </span>
                ))}
              </p>
            </li>
          ))}
        </ol>
      )}
      {result && result.total > PAGE_SIZE && (
        <nav aria-label={tp("resultPages")} className={styles.pager}>
          {input.page > 1 && <Link href={pageLink(input.page - 1)}>{t("previous")}</Link>}
          {input.page * PAGE_SIZE < result.total && <Link href={pageLink(input.page + 1)}>{t("next")}</Link>}
        </nav>
      )}
    </section>
  );
}
