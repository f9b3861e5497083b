import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import ExcelJS from "exceljs";
import { createTranslator } from "next-intl";
import type { Executor } from "@/db/client";
import type { SubmissionStatus } from "@/db/schema";
import { toExcelCsv } from "@/lib/csv";
import { GROUP_LABELS } from "@/lib/groups";
import { getCycleBySession } from "@/lib/resolutions/queries";
import { OFFICIAL_TIME_ZONE } from "@/lib/time";
import { loadAppCatalog, type Messages } from "@/i18n/catalog";
import { NIL_REPLY_TEXT } from "@/lib/validation/submission";
import { filterRows, reviewersOf, type MatrixFilters } from "./matrix";
import { markdownToPlainText } from "./plain-text";
import { getCoverageMatrix, listReviewers, listSubmittedReplies } from "./queries";

function translators(locale: string) {
  const messages = loadAppCatalog(locale);
  const status = catalogTranslator(locale, messages, "status");
  const t = catalogTranslator(locale, messages, "secretariatDay.export");
  const languages = new Intl.DisplayNames([locale], { type: "language" });
  return { status: (s: SubmissionStatus) => status(s), t, language: (code: string) => languages.of(code) ?? code };
}

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** A translator over a catalog loaded at run time (its keys are not known to the type checker). */
export function catalogTranslator(locale: string, messages: Messages, namespace: string): Translate {
  return createTranslator({ locale, messages, namespace: namespace as never }) as unknown as Translate;
}

/** "2010-05-01 12:00": New York wall-clock time in the form every spreadsheet reads as a date. */
export function spreadsheetDateTime(value: Date): string {
  return format(new TZDate(value.getTime(), OFFICIAL_TIME_ZONE), "yyyy-MM-dd HH:mm");
}

/** The same wall-clock time as a Date whose UTC fields are New York's: what a spreadsheet cell without a zone needs. */
function wallClock(value: Date): Date {
  const ny = new TZDate(value.getTime(), OFFICIAL_TIME_ZONE);
  return new Date(Date.UTC(ny.getFullYear(), ny.getMonth(), ny.getDate(), ny.getHours(), ny.getMinutes()));
}

/** The matrix as the Secretariat filtered it, each State with the reviewers its items have now. */
export async function matrixCsv(db: Executor, session: number, filters: MatrixFilters, locale = "en"): Promise<string> {
  const { status, t } = translators(locale);
  const cycle = await getCycleBySession(db, session);
  const [{ items, rows }, reviewers] = await Promise.all([getCoverageMatrix(db, cycle), listReviewers(db)]);
  const names = new Map(reviewers.map((r) => [r.id, r.name]));
  const letters = items.map((i) => i.letter);
  return toExcelCsv(
    [t("state"), t("iso3"), t("group"), ...letters.map((l) => t("itemColumn", { letter: l })), t("lateItems"), t("reviewer")],
    filterRows(rows, filters).map((r) => [
      r.state.name,
      r.state.iso3,
      GROUP_LABELS[r.state.group].states,
      ...letters.map((l) => status(r.cells[l]!.status)),
      letters.filter((l) => r.cells[l]!.isLate).join(" "),
      reviewersOf(r)
        .map((id) => names.get(id) ?? "")
        .join("; "),
    ]),
  );
}

/** One row per reply received, as last submitted (never drafts, never comments): the data of both exports. */
async function replyRows(db: Executor, session: number, locale: string) {
  const { status, t, language } = translators(locale);
  const cycle = await getCycleBySession(db, session);
  const [rows, { rows: matrix }, reviewers] = await Promise.all([listSubmittedReplies(db, cycle.id), getCoverageMatrix(db, cycle), listReviewers(db)]);
  const names = new Map(reviewers.map((r) => [r.id, r.name]));
  const byIso3 = new Map(matrix.map((m) => [m.state.iso3, m]));
  const columns = [
    t("state"),
    t("iso3"),
    t("group"),
    t("item"),
    t("status"),
    t("received", { zone: OFFICIAL_TIME_ZONE }),
    t("late"),
    t("nilReply"),
    t("language"),
    t("publication"),
    t("version"),
    t("reviewer"),
    t("plainText"),
    t("original"),
  ];
  const data = rows.map((r) => {
    const m = byIso3.get(r.iso3);
    const reviewerId = m?.cells[r.letter]?.reviewerId ?? m?.reviewerId ?? null;
    const original = r.isNilReply ? NIL_REPLY_TEXT : r.body;
    return {
      state: r.state,
      iso3: r.iso3,
      group: m ? GROUP_LABELS[m.state.group].states : "",
      item: `(${r.letter})`,
      status: status(r.status),
      received: r.submittedAt,
      late: r.isLate,
      nil: r.isNilReply,
      language: language(r.language),
      publication: t(r.publication === "public" ? "public" : "restricted"),
      version: r.version,
      reviewer: reviewerId ? (names.get(reviewerId) ?? "") : "",
      plain: r.isNilReply ? NIL_REPLY_TEXT : markdownToPlainText(r.body),
      original,
    };
  });
  return { columns, data, yes: t("yes"), no: t("no") };
}

/** Every reply of a cycle as CSV a spreadsheet takes as it is: New York dates it reads as dates, words, neutralised cells. */
export async function repliesCsv(db: Executor, session: number, locale = "en"): Promise<string> {
  const { columns, data, yes, no } = await replyRows(db, session, locale);
  const yn = (v: boolean) => (v ? yes : no);
  return toExcelCsv(
    columns,
    data.map((r) => [r.state, r.iso3, r.group, r.item, r.status, r.received ? spreadsheetDateTime(r.received) : "", yn(r.late), yn(r.nil), r.language, r.publication, r.version, r.reviewer, r.plain, r.original]),
  );
}

/**
 * The same data as an Excel workbook: typed columns (dates, numbers, yes/no as booleans), a frozen
 * header row and filters. Every text is a text cell (never a formula), so nothing a delegation
 * typed can run.
 */
export async function repliesXlsx(db: Executor, session: number, locale = "en"): Promise<Buffer> {
  const { columns, data } = await replyRows(db, session, locale);
  const book = new ExcelJS.Workbook();
  book.creator = "United Nations Secretariat";
  const sheet = book.addWorksheet(`${session}`, { views: [{ state: "frozen", ySplit: 1 }] });
  const widths = [28, 7, 30, 6, 18, 18, 8, 8, 14, 12, 8, 20, 60, 60];
  sheet.columns = columns.map((header, i) => ({ header, key: `c${i}`, width: widths[i] }));
  for (const r of data) {
    sheet.addRow([r.state, r.iso3, r.group, r.item, r.status, r.received ? wallClock(r.received) : null, r.late, r.nil, r.language, r.publication, r.version, r.reviewer, r.plain, r.original]);
  }
  sheet.getColumn(6).numFmt = "yyyy-mm-dd hh:mm";
  sheet.getColumn(11).numFmt = "0";
  sheet.getColumn(13).alignment = { wrapText: true, vertical: "top" };
  sheet.getColumn(14).alignment = { wrapText: true, vertical: "top" };
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, data.length + 1), column: columns.length } };
  return Buffer.from(await book.xlsx.writeBuffer());
}
