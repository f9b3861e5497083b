// The report's Word document, built on a thread of its own. Plain JavaScript on purpose: Next never
// bundles this file (lib/report/worker-queue.ts starts it from the file system), and Node, Vitest and
// tsx load it as it is. The data comes ready from lib/report/docx.ts (docxData): the replies' Markdown
// already parsed into blocks, each item's direction decided. The `docx` package builds the whole
// document as objects, then as XML, then zips it: about 100 MB of heap for 193 States x 4 replies,
// which is this thread's, not the server's.
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { AlignmentType, Document, Footer, FootnoteReferenceRun, Header, HeadingLevel, LevelFormat, Packer, PageNumber, Paragraph, TableOfContents, TextRun } from "docx";

const FONT = { ascii: "Times New Roman", hAnsi: "Times New Roman", cs: "Times New Roman", eastAsia: "SimSun" };
// docx sizes are half-points; indents are twentieths of a point (1 cm = 567).
const BODY = 20;
const CM = 567;
// Right-to-left properties only where they apply: written as "false" on every paragraph and run of a
// left-to-right document they made it a third bigger and slower to build.
/** @param {boolean} rtl */
const bidi = (rtl) => (rtl ? { bidirectional: true } : {});
/** @param {boolean} rtl */
const rtlRun = (rtl) => (rtl ? { rightToLeft: true } : {});

/**
 * The report as a Word document in the General Assembly's format: a first page of its own (masthead,
 * agenda item with its footnote, contents as a Word field), then even and odd pages whose header
 * carries the symbol on the outer side and whose footer the page number in the outer corner.
 * Paragraph numbers and lists are Word numbering (numbering.xml), restarting for each State.
 * @param {import("./docx").DocxData} d
 * @returns {Promise<Uint8Array>}
 */
export async function buildDocx(d) {
  const rtl = d.rtl;
  const start = rtl ? AlignmentType.RIGHT : AlignmentType.LEFT;
  const end = rtl ? AlignmentType.LEFT : AlignmentType.RIGHT;
  /** @param {string} text @param {{ align?: string; size?: number; bold?: boolean; after?: number }} [o] */
  const p = (text, o = {}) => new Paragraph({ ...bidi(rtl), alignment: o.align ?? start, spacing: { after: o.after ?? 0 }, children: lines(text, { bold: o.bold, size: o.size, ...rtlRun(rtl) }) });
  const m = d.masthead;
  const [agendaBefore = "", agendaAfter = ""] = (m.agendaLine ?? "").split("*");
  const children = [
    p(m.unitedNations),
    p(d.symbol, { align: end, size: 34, bold: true, after: 120 }),
    p(m.organ, { size: 40, bold: true, after: 120 }),
    p(m.distribution, { align: end }),
    p(d.dateLine, { align: end, after: 120 }),
    p(m.original, { align: end, after: 240 }),
    p(d.sessionLine),
    ...(m.agendaLine
      ? [new Paragraph({ ...bidi(rtl), children: [new TextRun({ text: agendaBefore, ...rtlRun(rtl) }), ...(m.footnote ? [new FootnoteReferenceRun(1)] : []), new TextRun({ text: agendaAfter, ...rtlRun(rtl) })] })]
      : []),
    p(d.title, { bold: true, after: 360 }),
    p(d.title, { size: 28, bold: true, after: 120 }),
    p(d.subtitle, { size: 28, bold: true, after: d.addendumLine ? 120 : 360 }),
    ...(d.addendumLine ? [p(d.addendumLine, { size: 28, bold: true, after: 360 })] : []),
    p(d.contentsHeading, { after: 120 }),
  ];
  const toc = new TableOfContents(d.contentsHeading, { hyperlink: true, headingStyleRange: "1-2" });

  const body = [new Paragraph({ heading: HeadingLevel.HEADING_1, ...bidi(rtl), pageBreakBefore: true, children: [new TextRun({ text: d.introduction.heading, ...rtlRun(rtl) })] })];
  for (const block of d.introduction.blocks) {
    if (block.kind === "paragraph") body.push(new Paragraph({ ...bidi(rtl), numbering: { reference: "paras", level: 0, instance: 0 }, alignment: AlignmentType.BOTH, spacing: { after: 120 }, children: [new TextRun({ text: block.text, ...rtlRun(rtl) })] }));
    else for (const item of block.items) body.push(new Paragraph({ ...bidi(rtl), indent: { start: 2 * CM, hanging: CM }, spacing: { after: 60 }, children: [new TextRun({ text: `${item.label}\t${item.text}`, ...rtlRun(rtl) })] }));
  }
  body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, ...bidi(rtl), children: [new TextRun({ text: d.repliesHeading, ...rtlRun(rtl) })] }));
  if (d.states.length === 0) body.push(p(d.noRepliesLine));
  d.states.forEach((state, s) => {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, ...bidi(rtl), alignment: AlignmentType.CENTER, keepNext: true, children: [new TextRun({ text: state.name, ...rtlRun(rtl) })] }));
    body.push(p(state.originalLine, { align: end }));
    body.push(p(state.receivedLine, { align: end, after: 120 }));
    for (const item of state.items) {
      if (item.heading) body.push(new Paragraph({ heading: HeadingLevel.HEADING_3, ...bidi(item.rtl), keepNext: true, indent: { start: CM }, children: [new TextRun({ text: item.heading, ...rtlRun(item.rtl) })] }));
      if (item.restricted) body.push(p(`[${d.restrictedLabel}]`, { bold: true, after: 120 }));
      for (const block of item.blocks) body.push(blockParagraph(block, s + 1, item.rtl));
    }
  });

  /** @param {string} align */
  const headerFor = (align) =>
    new Header({ children: [new Paragraph({ alignment: align, border: { bottom: { style: "single", size: 4, color: "000000", space: 1 } }, children: [new TextRun({ text: d.running, bold: true, size: 17 })] })] });
  /** @param {string} align */
  const footerFor = (align) => new Footer({ children: [new Paragraph({ alignment: align, children: [new TextRun({ children: [PageNumber.CURRENT], bold: true, size: 17 })] })] });
  const document = new Document({
    creator: "United Nations Secretariat",
    title: `${d.symbol}: ${d.title}`,
    subject: d.subtitle,
    description: d.dateLine,
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

/** @param {string} reference @param {string} text @param {string} [format] */
function numbered(reference, text, format = LevelFormat.DECIMAL) {
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

/**
 * A State's paragraphs are numbered from 1 (Word numbering, one instance per State); lists are Word lists.
 * @param {import("./blocks").Block} block @param {number} instance @param {boolean} rtl
 */
function blockParagraph(block, instance, rtl) {
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

/** @param {string} text @param {Record<string, unknown>} o */
function lines(text, o) {
  return text.split("\n").map((t, i) => new TextRun({ ...o, text: t, ...(i > 0 && { break: 1 }) }));
}

/** @param {readonly import("./blocks").Run[]} runs @param {boolean} rtl */
function textRuns(runs, rtl) {
  return runs.flatMap((r) => lines(r.text, { bold: r.bold, italics: r.italic, ...rtlRun(rtl) }));
}

// Started by lib/report/docx.ts (through lib/report/worker-queue.ts): one document at a time,
// { id, data } in, { id, bytes } or { id, error } out.
if (!isMainThread && parentPort && workerData?.role === "docx") {
  const port = parentPort;
  port.on("message", async ({ id, data }) => {
    let bytes;
    try {
      const built = await buildDocx(data);
      bytes = new Uint8Array(built.buffer, built.byteOffset, built.byteLength);
      // A buffer of its own, which the thread can hand over without a copy.
      if (built.byteOffset !== 0 || built.byteLength !== built.buffer.byteLength) bytes = bytes.slice();
    } catch (e) {
      port.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
      return;
    }
    port.postMessage({ id, bytes }, [bytes.buffer]);
  });
}
