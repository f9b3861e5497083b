import { parseIntParam } from "@/lib/params";
import type { Executor } from "@/db/client";
import { AppError } from "@/lib/errors";
import { getCycleBySession } from "@/lib/resolutions/queries";
import { listSubmittedReplies } from "@/lib/review/queries";
import { LANGUAGE_NAMES, NIL_REPLY_TEXT } from "@/lib/validation/submission";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { newYorkDate } from "@/lib/time";
import { compileReport, type CompiledReport, type Edition } from "./compile";
import { renderDocx } from "./docx";
import { renderPdf } from "./pdf";
import { loadIssuedDocument, loadNextDocument } from "./queries";
import { msg } from "@/lib/i18n/message-key";

/** Every reply received in a cycle, as last submitted (never drafts, never comments), as JSON. */
export async function repliesJson(db: Executor, session: number): Promise<string> {
  const cycle = await getCycleBySession(db, session);
  const rows = await listSubmittedReplies(db, cycle.id);
  return JSON.stringify(
    {
      session: cycle.targetSession,
      report: cycle.reportSymbol,
      replies: rows.map((r) => ({
        state: r.state,
        iso3: r.iso3,
        item: r.letter,
        status: r.status,
        received: r.submittedAt?.toISOString() ?? null,
        late: r.isLate,
        language: r.language,
        languageName: LANGUAGE_NAMES[r.language],
        publication: r.publication,
        version: r.version,
        nilReply: r.isNilReply,
        reply: r.isNilReply ? NIL_REPLY_TEXT : r.body,
      })),
    },
    null,
    2,
  );
}

/**
 * A document of a cycle, compiled: an issued one by its addendum number (0 for the report), or,
 * without a number, the next one as it would be issued now.
 */
export async function compiledDocument(db: Executor, session: number, addendum: number | null, edition: Edition, locale: Locale = "en", today?: Date): Promise<CompiledReport> {
  const { source } = addendum === null ? await loadNextDocument(db, session) : await loadIssuedDocument(db, session, addendum);
  return compileReport(source, { edition, locale, today: today ? newYorkDate(today) : undefined });
}

export type DocumentFormat = "docx" | "pdf";

const CONTENT_TYPES: Record<DocumentFormat, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
};

/** "A/65/154/Add.1" -> "A-65-154-Add.1-public.pdf" */
export function documentFileName(report: CompiledReport, format: DocumentFormat): string {
  return `${report.symbol.replaceAll("/", "-")}${report.locale === "en" ? "" : `-${report.locale.toUpperCase()}`}${report.isDraft ? "-draft" : ""}${report.edition === "public" ? "-public" : ""}.${format}`;
}

export async function documentResponse(report: CompiledReport, format: DocumentFormat, cache: "private" | "public"): Promise<Response> {
  const body = format === "docx" ? await renderDocx(report) : await renderPdf(report);
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": CONTENT_TYPES[format],
      "Content-Disposition": `attachment; filename="${documentFileName(report, format)}"`,
      "Cache-Control": cache === "private" ? "private, no-store" : "public, max-age=300",
    },
  });
}

/** Reads ?addendum=, ?edition= and ?lang= (the language version, English by default) of an export link. */
export function parseDocumentQuery(url: URL): { addendum: number | null; edition: Edition; locale: Locale } {
  const raw = url.searchParams.get("addendum");
  const addendum = raw === null || raw === "" ? null : parseIntParam(raw, { min: 0 });
  if (addendum === null && raw !== null && raw !== "") throw new AppError("invalid", msg("serviceErrors.reportNotDocumentNumber"));
  const edition = url.searchParams.get("edition") === "public" ? "public" : "full";
  const lang = url.searchParams.get("lang") ?? "en";
  if (!(LOCALES as readonly string[]).includes(lang)) throw new AppError("invalid", msg("serviceErrors.reportNotLanguageVersion"));
  return { addendum, edition, locale: lang as Locale };
}
