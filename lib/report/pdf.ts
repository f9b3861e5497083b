import { NodeCompiler } from "@myriaddreamin/typst-ts-node-compiler";
import { LOCALE_INFO, type Locale } from "@/lib/i18n/locales";
import { markdownToBlocks, type Block, type Run } from "./blocks";
import { pdfFonts } from "./fonts";
import { REPORT_TEMPLATE } from "./pdf-template";
import type { CompiledReport } from "./types";

/**
 * The PDF, typeset by Typst (the typesetting engine, run in-process through its Node binding, which
 * ships as a prebuilt binary in an npm package): HarfBuzz-grade shaping (rustybuzz) for Arabic,
 * the Unicode bidirectional algorithm, Chinese line breaking, and the contents' page numbers and
 * running headers from the layout itself. The fonts come from npm packages (lib/report/fonts.ts).
 */
/**
 * One compiler for the process, created on the first PDF with the fonts read once. Typst memoises
 * layout in a global cache; a report is never typeset twice from the same data, so the cache is
 * emptied after each document (kept, it grew by the size of a layout, 400-500 MB, per version).
 */
let compiler: NodeCompiler | undefined;
function typst(): NodeCompiler {
  compiler ??= NodeCompiler.create({ fontArgs: [{ fontBlobs: pdfFonts() }] });
  return compiler;
}

type JsonRun = { t: string; b?: true; i?: true };
const runs = (list: readonly Run[]): JsonRun[] => list.map((r) => ({ t: r.text, ...(r.bold && { b: true as const }), ...(r.italic && { i: true as const }) }));
const dirOf = (language: string) => (LOCALE_INFO[language as Locale]?.dir === "rtl" ? "rtl" : "ltr");

/** The compiled report as the JSON the template reads; a State's paragraphs are numbered from 1. */
export function typstData(report: CompiledReport): string {
  return JSON.stringify({
    lang: LOCALE_INFO[report.locale].bcp47.slice(0, 2),
    dir: report.dir,
    symbol: report.symbol,
    running: report.isDraft ? `${report.symbol} (${report.dateLine})` : report.symbol,
    masthead: report.masthead,
    dateLine: report.dateLine,
    sessionLine: report.sessionLine,
    title: report.title,
    subtitle: report.subtitle,
    addendumLine: report.addendumLine,
    contentsHeading: report.contentsHeading,
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
 * editable version, and the web page the readable one.
 */
export async function renderPdf(report: CompiledReport): Promise<Buffer> {
  const c = typst();
  const args = { mainFileContent: REPORT_TEMPLATE, inputs: { data: typstData(report) } };
  try {
    // Compiled and exported in one call: the laid-out document (hundreds of megabytes in the engine)
    // never becomes a JavaScript object, which the garbage collector would free only much later.
    return Buffer.from(c.pdf(args, { pdfTags: false }));
  } catch (e) {
    // That call says only "Error": compile again, on this rare path, for the engine's diagnostics.
    const result = c.compile(args);
    const diagnostics = result.hasError() ? c.fetchDiagnostics(result.takeDiagnostics()!) : [];
    throw new Error(`The report could not be typeset: ${JSON.stringify(diagnostics).slice(0, 2000)}`, { cause: e });
  } finally {
    c.evictCache(0);
  }
}
