import "server-only";
import { LOCALES, textSearchConfig } from "@/lib/i18n/locales";
import { and, asc, count, countDistinct, desc, eq, sql, type SQL } from "drizzle-orm";
import type { SelectedFields } from "drizzle-orm/pg-core";
import type { Executor } from "@/db/client";
import { memberStates, reportEntries, reportingCycles, reports, requestedItems, revisions, submissions } from "@/db/schema";
import type { RegionalGroupName } from "@/lib/groups";
import { collator as sharedCollator } from "@/lib/intl-cache";

/**
 * What the public may read: the replies reproduced in an issued report or addendum whose State chose
 * public publication, in the exact revision the document reproduces (report_entries), never the live
 * submission. Every public page and the public search read through here and nothing else.
 */
const PUBLIC = and(eq(reportEntries.publication, "public"), eq(revisions.kind, "submission"));

// Drizzle cannot type a join chain over generic columns: each caller states its row type.
function publishedRows(db: Executor, columns: SelectedFields) {
  return db
    .select(columns as Record<string, never>)
    .from(reportEntries)
    .innerJoin(reports, eq(reports.id, reportEntries.reportId))
    .innerJoin(reportingCycles, eq(reportingCycles.id, reports.cycleId))
    .innerJoin(submissions, eq(submissions.id, reportEntries.submissionId))
    .innerJoin(memberStates, eq(memberStates.id, submissions.memberStateId))
    .innerJoin(requestedItems, eq(requestedItems.id, submissions.itemId))
    .innerJoin(revisions, eq(revisions.id, reportEntries.revisionId))
    .$dynamic();
}

const replyColumns = {
  entryId: reportEntries.id,
  session: reportingCycles.targetSession,
  symbol: reports.symbol,
  issuedOn: reports.issuedOn,
  iso3: memberStates.iso3,
  stateName: memberStates.name,
  letter: requestedItems.letter,
  body: revisions.body,
  language: revisions.language,
  isNilReply: revisions.isNilReply,
  receivedAt: revisions.createdAt,
};

export interface PublishedReply {
  entryId: number;
  session: number;
  symbol: string;
  issuedOn: string;
  iso3: string;
  stateName: string;
  letter: string;
  body: string;
  language: "ar" | "zh" | "en" | "fr" | "ru" | "es";
  isNilReply: boolean;
  receivedAt: Date;
}

/** The issued documents, report then addenda, with how many public replies each reproduces. */
export async function listPublishedDocuments(db: Executor) {
  return db
    .select({
      session: reportingCycles.targetSession,
      addendum: reports.addendum,
      symbol: reports.symbol,
      issuedOn: reports.issuedOn,
      replies: count(reportEntries.id),
      states: countDistinct(submissions.memberStateId),
    })
    .from(reports)
    .innerJoin(reportingCycles, eq(reportingCycles.id, reports.cycleId))
    .leftJoin(reportEntries, and(eq(reportEntries.reportId, reports.id), eq(reportEntries.publication, "public")))
    .leftJoin(submissions, eq(submissions.id, reportEntries.submissionId))
    .groupBy(reports.id, reportingCycles.targetSession)
    .orderBy(desc(reportingCycles.targetSession), asc(reports.addendum));
}

/** The States with at least one public reply, with how many. */
export async function listPublishedStates(db: Executor) {
  return publishedRows(db, { iso3: memberStates.iso3, name: memberStates.name, group: memberStates.electoralGroup, replies: count(reportEntries.id) })
    .where(PUBLIC)
    .groupBy(memberStates.id)
    .orderBy(asc(memberStates.name)) as unknown as Promise<{ iso3: string; name: string; group: RegionalGroupName; replies: number }[]>;
}

/** Every public reply of one State, across the cycles. */
export async function publishedRepliesOfState(db: Executor, stateId: number): Promise<PublishedReply[]> {
  return (await publishedRows(db, replyColumns)
    .where(and(PUBLIC, eq(submissions.memberStateId, stateId)))
    .orderBy(asc(reportingCycles.targetSession), asc(requestedItems.letter))) as unknown as PublishedReply[];
}

/** Every public reply on one item, optionally in one cycle, by session (latest first) then State. */
export async function publishedRepliesOnItem(db: Executor, letter: string, session?: number): Promise<PublishedReply[]> {
  const rows = (await publishedRows(db, replyColumns)
    .where(and(PUBLIC, eq(requestedItems.letter, letter), session ? eq(reportingCycles.targetSession, session) : undefined))
    .orderBy(desc(reportingCycles.targetSession))) as unknown as PublishedReply[];
  const collator = sharedCollator("en", { sensitivity: "base" });
  return rows.sort((a, b) => b.session - a.session || collator.compare(a.stateName, b.stateName));
}

export interface SearchFilters {
  q: string;
  letter?: string;
  session?: number;
  group?: RegionalGroupName;
}

export interface SearchHit extends Omit<PublishedReply, "body"> {
  /** ts_headline's excerpt: MARK_START/MARK_END around matches, FRAGMENT_SEPARATOR between fragments. */
  headline: string;
  rank: number;
}

export const MARK_START = "\u0002";
export const MARK_END = "\u0003";
export const FRAGMENT_SEPARATOR = "\u0004";
/** The text search configurations of the six languages' replies (lib/i18n/locales.ts), each once. */
const SEARCH_CONFIGS = [...new Set(LOCALES.map(textSearchConfig))];
const HAN = /\p{Script=Han}/u;
const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxFragments=3, MaxWords=30, MinWords=12, FragmentDelimiter=${FRAGMENT_SEPARATOR}`;

/**
 * Full-text search over the public replies (each in its language's configuration, websearch syntax:
 * words, "a phrase", -excluded, or) over revisions.search_vector, the stored to_tsvector('english', body)
 * of each submitted revision, GIN-indexed (revisions_search_idx). Excerpts come from ts_headline with control
 * characters as markers, stripped from the text first, so the page can escape everything and add
 * only <mark> elements itself.
 */
export async function searchPublished(db: Executor, filters: SearchFilters, page = { limit: 20, offset: 0 }): Promise<{ total: number; hits: SearchHit[] }> {
  // Each reply's document is in its own language's configuration (revisions.search_vector): the words
  // typed are read in each of them and any reading may match, so "stratégies" finds a French reply and
  // "استراتيجية" an Arabic one; the index serves the one combined query.
  const query = sql`(${sql.join(
    SEARCH_CONFIGS.map((config) => sql`websearch_to_tsquery(${sql.raw(`'${config}'`)}::regconfig, ${filters.q})`),
    sql` || `,
  )})`;
  const document = revisions.searchVector;
  // PostgreSQL does not cut Chinese into words (a run of Han characters is one token): a Chinese word is
  // found as a substring of a Chinese reply's text.
  const han = HAN.test(filters.q) ? filters.q.trim() : null;
  const headlineConfig = sql`case ${revisions.language} when 'ar' then 'arabic'::regconfig when 'fr' then 'french'::regconfig when 'es' then 'spanish'::regconfig when 'ru' then 'russian'::regconfig when 'zh' then 'simple'::regconfig else 'english'::regconfig end`;
  const conditions: (SQL | undefined)[] = [
    PUBLIC,
    eq(revisions.isNilReply, false),
    han ? sql`(${document} @@ ${query} or (${revisions.language} = 'zh' and strpos(${revisions.body}, ${han}) > 0))` : sql`${document} @@ ${query}`,
    filters.letter ? eq(requestedItems.letter, filters.letter) : undefined,
    filters.session ? eq(reportingCycles.targetSession, filters.session) : undefined,
    filters.group ? eq(memberStates.electoralGroup, filters.group) : undefined,
  ];
  const { body: _body, ...columns } = replyColumns;
  void _body;
  const rank = sql<number>`ts_rank_cd(${document}, ${query})`;
  const rows = (await publishedRows(db, {
    ...columns,
    headline: han
      ? sql<string>`case when ${revisions.language} = 'zh' then replace(translate(${revisions.body}, chr(2) || chr(3) || chr(4), ''), ${han}, ${MARK_START} || ${han} || ${MARK_END}) else ts_headline(${headlineConfig}, translate(${revisions.body}, chr(2) || chr(3) || chr(4), ''), ${query}, ${HEADLINE_OPTIONS}) end`
      : sql<string>`ts_headline(${headlineConfig}, translate(${revisions.body}, chr(2) || chr(3) || chr(4), ''), ${query}, ${HEADLINE_OPTIONS})`,
    rank,
    total: sql<number>`count(*) over ()`.mapWith(Number),
  })
    .where(and(...conditions))
    .orderBy(desc(rank), desc(reportingCycles.targetSession), asc(memberStates.name), asc(requestedItems.letter))
    .limit(page.limit)
    .offset(page.offset)) as unknown as (SearchHit & { total: number })[];
  return { total: rows[0]?.total ?? 0, hits: rows.map(({ total: _t, ...hit }) => (void _t, { ...hit, rank: Number(hit.rank) })) };
}
