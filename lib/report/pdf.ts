import { LOCALE_INFO, type Locale } from "@/lib/i18n/locales";
import { markdownToBlocks, type Block, type Run } from "./blocks";
import { typesetPdf } from "./pdf-worker";
import { REPORT_TEMPLATE } from "./pdf-template";
import { frontMatter } from "./helpers";
import type { CompiledReport } from "./types";

/**
 * The PDF, typeset by Typst (the typesetting engine, run in-process through its Node binding, which
 * ships as a prebuilt binary in an npm package): HarfBuzz-grade shaping (rustybuzz) for Arabic,
 * the Unicode bidirectional algorithm, Chinese line breaking, and the contents' page numbers and
 * running headers from the layout itself. The fonts come from npm packages (lib/report/fonts.ts).
 * The data is prepared here; the typesetting runs on a thread of its own (lib/report/pdf-worker.ts).
 */
type JsonRun = { t: string; b?: true; i?: true };
const runs = (list: readonly Run[]): JsonRun[] => list.map((r) => ({ t: r.text, ...(r.bold && { b: true as const }), ...(r.italic && { i: true as const }) }));
const dirOf = (language: string) => (LOCALE_INFO[language as Locale]?.dir === "rtl" ? "rtl" : "ltr");

/** The compiled report as the JSON the template reads; a State's paragraphs are numbered from 1. */
export function typstData(report: CompiledReport): string {
  return JSON.stringify({
    lang: LOCALE_INFO[report.locale].bcp47.slice(0, 2),
    dir: report.dir,
    ...frontMatter(report),
    pageLabel: report.pageLabel,
    introHeading: report.sections.introduction.heading,
    repliesHeading: report.sections.replies.heading,
    noReplies: report.noRepliesLine,
    intro: report.sections.introduction.blocks.map((b) => (b.kind === "paragraph" ? { k: "p", n: b.number, t: b.text } : { k: "list", items: b.items })),
    states: report.states.map((s) => {
      let n = 0;
      return {
        name: s.name,
        original: s.originalLine,
        received: s.receivedLine,
        items: s.items.map((item) => ({
          heading: item.heading,
          lang: item.language,
          dir: dirOf(item.language),
          restricted: item.restricted ? report.restrictedLabel : null,
          blocks: (item.isNilReply ? ([{ kind: "paragraph", runs: [{ text: item.body }] }] satisfies Block[]) : markdownToBlocks(item.body)).map((b) => {
            switch (b.kind) {
              case "paragraph":
                return { k: "p", n: ++n, r: runs(b.runs) };
              case "subheading":
                return { k: "h", r: runs(b.runs) };
              case "quote":
                return { k: "q", r: runs(b.runs) };
              case "item":
                return { k: "li", marker: b.marker, depth: b.depth, r: runs(b.runs) };
            }
          }),
        })),
      };
    }),
  });
}

/**
 * The PDF of a compiled report. Untagged: the tags (a structure tree for every paragraph) made the
 * 193-State report 8 MB instead of 2.4 MB; the DOCX is the accessible,
 * editable version, and the web page the readable one. Typeset on the PDF thread, one document at a
 * time; a thread that dies or a document that takes too long is answered with AppError "unavailable" (503).
 */
export async function renderPdf(report: CompiledReport): Promise<Buffer> {
  return typesetPdf(REPORT_TEMPLATE, typstData(report));
}
