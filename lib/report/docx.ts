import {
  AlignmentType,
  Document,
  Footer,
  FootnoteReferenceRun,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  TableOfContents,
  TextRun,
  type IRunOptions,
} from "docx";
import { LOCALE_INFO, type Locale } from "@/lib/i18n/locales";
import { markdownToBlocks, type Block, type Run } from "./blocks";
import type { CompiledReport } from "./types";

const FONT = { ascii: "Times New Roman", hAnsi: "Times New Roman", cs: "Times New Roman", eastAsia: "SimSun" };
// docx sizes are half-points; indents are twentieths of a point (1 cm = 567).
const BODY = 20;
const CM = 567;
// Right-to-left properties only where they apply: written as "false" on every paragraph and run of a
// left-to-right document they made it a third bigger and slower to build.
const bidi = (rtl: boolean) => (rtl ? { bidirectional: true } : {});
const rtlRun = (rtl: boolean) => (rtl ? { rightToLeft: true } : {});

/**
 * The report as a Word document in the General Assembly's format: a first page of its own (masthead,
 * agenda item with its footnote, contents as a Word field), then even and odd pages whose header
 * carries the symbol on the outer side and whose footer the page number in the outer corner.
 * Paragraph numbers and lists are Word numbering (numbering.xml), restarting for each State.
 */
export async function renderDocx(report: CompiledReport): Promise<Buffer> {
  const rtl = report.dir === "rtl";
  const start = rtl ? AlignmentType.RIGHT : AlignmentType.LEFT;
  const end = rtl ? AlignmentType.LEFT : AlignmentType.RIGHT;
  const p = (text: string, o: { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; size?: number; bold?: boolean; after?: number } = {}) =>
    new Paragraph({ ...bidi(rtl), alignment: o.align ?? start, spacing: { after: o.after ?? 0 }, children: lines(text, { bold: o.bold, size: o.size, ...rtlRun(rtl) }) });
  const m = report.masthead;
  const [agendaBefore = "", agendaAfter = ""] = (m.agendaLine ?? "").split("*");
  const children: Paragraph[] = [
    p(m.unitedNations),
    p(report.symbol, { align: end, size: 34, bold: true, after: 120 }),
    p(m.organ, { size: 40, bold: true, after: 120 }),
    p(m.distribution, { align: end }),
    p(report.dateLine, { align: end, after: 120 }),
    p(m.original, { align: end, after: 240 }),
    p(report.sessionLine),
    ...(m.agendaLine
      ? [new Paragraph({ ...bidi(rtl), children: [new TextRun({ text: agendaBefore, ...rtlRun(rtl) }), ...(m.footnote ? [new FootnoteReferenceRun(1)] : []), new TextRun({ text: agendaAfter, ...rtlRun(rtl) })] })]
      : []),
    p(report.title, { bold: true, after: 360 }),
    p(report.title, { size: 28, bold: true, after: 120 }),
    p(report.subtitle, { size: 28, bold: true, after: report.addendumLine ? 120 : 360 }),
    ...(report.addendumLine ? [p(report.addendumLine, { size: 28, bold: true, after: 360 })] : []),
    p(report.contentsHeading, { after: 120 }),
  ];
  const toc = new TableOfContents(report.contentsHeading, { hyperlink: true, headingStyleRange: "1-2" });

  const body: Paragraph[] = [new Paragraph({ heading: HeadingLevel.HEADING_1, ...bidi(rtl), pageBreakBefore: true, children: [new TextRun({ text: report.sections.introduction.heading, ...rtlRun(rtl) })] })];
  for (const block of report.sections.introduction.blocks) {
    if (block.kind === "paragraph") body.push(new Paragraph({ ...bidi(rtl), numbering: { reference: "paras", level: 0, instance: 0 }, alignment: AlignmentType.BOTH, spacing: { after: 120 }, children: [new TextRun({ text: block.text, ...rtlRun(rtl) })] }));
    else for (const item of block.items) body.push(new Paragraph({ ...bidi(rtl), indent: { start: 2 * CM, hanging: CM }, spacing: { after: 60 }, children: [new TextRun({ text: `${item.label}\t${item.text}`, ...rtlRun(rtl) })] }));
  }
  body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, ...bidi(rtl), children: [new TextRun({ text: report.sections.replies.heading, ...rtlRun(rtl) })] }));
  if (report.states.length === 0) body.push(p(report.noRepliesLine));
  report.states.forEach((state, s) => {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, ...bidi(rtl), alignment: AlignmentType.CENTER, keepNext: true, children: [new TextRun({ text: state.name, ...rtlRun(rtl) })] }));
    body.push(p(state.originalLine, { align: end }));
    body.push(p(state.receivedLine, { align: end, after: 120 }));
    for (const item of state.items) {
      const itemRtl = LOCALE_INFO[item.language as Locale]?.dir === "rtl";
      if (item.heading) body.push(new Paragraph({ heading: HeadingLevel.HEADING_3, ...bidi(itemRtl), keepNext: true, indent: { start: CM }, children: [new TextRun({ text: item.heading, ...rtlRun(itemRtl) })] }));
      if (item.restricted) body.push(p(`[${report.restrictedLabel}]`, { bold: true, after: 120 }));
      const blocks: Block[] = item.isNilReply ? [{ kind: "paragraph", runs: [{ text: item.body }] }] : markdownToBlocks(item.body);
      for (const block of blocks) body.push(blockParagraph(block, s + 1, itemRtl));
    }
  });

  const headerFor = (align: (typeof AlignmentType)[keyof typeof AlignmentType]) =>
    new Header({ children: [new Paragraph({ alignment: align, border: { bottom: { style: "single", size: 4, color: "000000", space: 1 } }, children: [new TextRun({ text: report.isDraft ? `${report.symbol} (${report.dateLine})` : report.symbol, bold: true, size: 17 })] })] });
  const footerFor = (align: (typeof AlignmentType)[keyof typeof AlignmentType]) => new Footer({ children: [new Paragraph({ alignment: align, children: [new TextRun({ children: [PageNumber.CURRENT], bold: true, size: 17 })] })] });
  const document = new Document({
    creator: "United Nations Secretariat",
    title: `${report.symbol}: ${report.title}`,
    subject: report.subtitle,
    description: report.dateLine,
    evenAndOddHeaderAndFooters: true,
    features: { updateFields: true },
    footnotes: m.footnote ? { 1: { children: [new Paragraph({ children: [new TextRun(m.footnote.replace(/^\*\s*/, ""))] })] } } : {},
    numbering: { config: [numbered("paras", "%1."), numbered("bullets", "•", LevelFormat.BULLET), numbered("ordered", "%1.")] },
    styles: {
      default: {
        document: { run: { font: FONT, size: BODY }, paragraph: { spacing: { line: 240 } } },
        heading1: { run: { font: FONT, size: BODY, bold: true, color: "000000" }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
        heading2: { run: { font: FONT, size: BODY, bold: true, color: "000000" }, paragraph: { spacing: { before: 240, after: 60 }, keepNext: true } },
        heading3: { run: { font: FONT, size: BODY, bold: true, color: "000000" }, paragraph: { spacing: { before: 120, after: 60 }, keepNext: true } },
      },
    },
    sections: [
      {
        properties: { titlePage: true, page: { margin: { top: 2.8 * CM, bottom: 2.5 * CM, left: 2.4 * CM, right: 2.4 * CM } } },
        // Odd pages (default): symbol and number at the right; even pages at the left (mirrored in Arabic).
        headers: { first: new Header({ children: [] }), default: headerFor(end), even: headerFor(start) },
        footers: { first: new Footer({ children: [] }), default: footerFor(end), even: footerFor(start) },
        children: [...children, toc, ...body],
      },
    ],
  });
  return Packer.toBuffer(document);
}

function numbered(reference: string, text: string, format: (typeof LevelFormat)[keyof typeof LevelFormat] = LevelFormat.DECIMAL) {
  return {
    reference,
    levels: [0, 1, 2].map((level) => ({
      level,
      format,
      text: format === LevelFormat.BULLET ? text : `%${level + 1}.`,
      alignment: AlignmentType.START,
      style: { paragraph: { indent: { start: (level + 1) * CM + (reference === "paras" ? 0 : CM), hanging: reference === "paras" ? CM : 0.6 * CM } } },
    })),
  };
}

/** A State's paragraphs are numbered from 1 (Word numbering, one instance per State); lists are Word lists. */
function blockParagraph(block: Block, instance: number, rtl: boolean): Paragraph {
  const base = { ...bidi(rtl), spacing: { after: 120 } };
  switch (block.kind) {
    case "subheading":
      return new Paragraph({ ...base, indent: { start: CM }, children: textRuns(block.runs.map((r) => ({ ...r, bold: true })), rtl) });
    case "quote":
      return new Paragraph({ ...base, indent: { start: 2 * CM, end: CM }, children: textRuns(block.runs, rtl) });
    case "item":
      if (!block.marker) return new Paragraph({ ...base, indent: { start: (2 + block.depth) * CM }, children: textRuns(block.runs, rtl) });
      return new Paragraph({ ...base, numbering: { reference: block.marker === "•" ? "bullets" : "ordered", level: Math.min(block.depth, 2), instance }, children: textRuns(block.runs, rtl) });
    default:
      return new Paragraph({ ...base, alignment: AlignmentType.BOTH, numbering: { reference: "paras", level: 0, instance }, children: textRuns(block.runs, rtl) });
  }
}

function lines(text: string, o: Omit<IRunOptions, "text" | "break">): TextRun[] {
  return text.split("\n").map((t, i) => new TextRun({ ...o, text: t, ...(i > 0 && { break: 1 }) }));
}

function textRuns(runs: readonly Run[], rtl: boolean): TextRun[] {
  return runs.flatMap((r) => lines(r.text, { bold: r.bold, italics: r.italic, ...rtlRun(rtl) }));
}
