import { readFileSync } from "node:fs";
import path from "node:path";
import PDFDocument from "pdfkit";
import { markdownToBlocks, type Block, type Run } from "./blocks";
import { RESTRICTED_LABEL, type CompiledReport } from "./compile";

/**
 * DejaVu Serif (from the dejavu-fonts-ttf package) covers Latin, Greek and Cyrillic, so French,
 * Spanish, Russian and every State's name print as typed. PDF has no shaping or right-to-left
 * layout here: an Arabic or Chinese reply is named, not mangled, and is read in the DOCX edition.
 */
const FONT_FILES = {
  regular: "DejaVuSerif.ttf",
  bold: "DejaVuSerif-Bold.ttf",
  italic: "DejaVuSerif-Italic.ttf",
  boldItalic: "DejaVuSerif-BoldItalic.ttf",
} as const;
type FontName = keyof typeof FONT_FILES;

let fonts: Record<FontName, Buffer> | undefined;
function loadFonts(): Record<FontName, Buffer> {
  const dir = path.join(/* turbopackIgnore: true */ process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
  fonts ??= Object.fromEntries(Object.entries(FONT_FILES).map(([name, file]) => [name, readFileSync(path.join(dir, file))])) as Record<FontName, Buffer>;
  return fonts;
}

const UNSUPPORTED_SCRIPT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u2E80-\u9FFF\uA960-\uD7FF\uF900-\uFAFF\uFF00-\uFFEF]/;

const PT_PER_CM = 28.35;
const BODY_SIZE = 10;

export async function renderPdf(report: CompiledReport): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 2 * PT_PER_CM, bottom: 2 * PT_PER_CM, left: 2.5 * PT_PER_CM, right: 2.5 * PT_PER_CM },
    bufferPages: true,
    lang: "en",
    displayTitle: true,
    info: {
      Title: `${report.symbol}: ${report.title}`,
      Subject: report.subtitle,
      Author: "United Nations Secretariat",
      Creator: "Resolution 62/17 tracker",
      Keywords: report.isDraft ? "draft, not issued" : `issued ${report.dateLine}`,
    },
  });
  const f = loadFonts();
  for (const [name, data] of Object.entries(f)) doc.registerFont(name, data);

  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const left = doc.page.margins.left;
  const contentWidth = () => doc.page.width - doc.page.margins.left - doc.page.margins.right;

  const write = (runs: readonly Run[], opts: { indent?: number; size?: number; align?: "left" | "right" | "justify" | "center"; after?: number } = {}) => {
    const x = left + (opts.indent ?? 0);
    const width = contentWidth() - (opts.indent ?? 0);
    doc.fontSize(opts.size ?? BODY_SIZE);
    runs.forEach((r, i) => {
      doc.font(fontOf(r));
      const options = { width, align: opts.align ?? "left", continued: i < runs.length - 1 };
      if (i === 0) doc.text(r.text, x, doc.y, options);
      else doc.text(r.text, options);
    });
    doc.x = left;
    doc.moveDown(opts.after ?? 0.5);
  };

  // Masthead
  write([{ text: report.symbol, bold: true }], { align: "right", size: 12, after: 0.2 });
  write([{ text: "General Assembly", bold: true }], { size: 16, after: 0.2 });
  write([{ text: "Distr.: General" }], { align: "right", after: 0 });
  write([{ text: report.dateLine }], { align: "right", after: 1 });
  write([{ text: report.sessionLine }], { after: 0 });
  if (report.agendaLine) write([{ text: report.agendaLine }], { after: 0 });
  write([{ text: report.title, bold: true }], { after: 1.2 });
  write([{ text: report.title, bold: true }], { size: 14, after: 0.4 });
  write([{ text: report.subtitle, bold: true }], { size: 13, after: report.addendumLine ? 0.3 : 1 });
  if (report.addendumLine) write([{ text: report.addendumLine, bold: true }], { size: 13, after: 1 });

  const heading1 = (text: string) => {
    doc.moveDown(0.6);
    doc.outline.addItem(text);
    write([{ text, bold: true }], { size: 12, after: 0.6 });
  };

  heading1(report.sections.introduction.heading);
  for (const block of report.sections.introduction.blocks) {
    if (block.kind === "paragraph") hanging(`${block.number}.`, [{ text: block.text }], 2 * PT_PER_CM);
    else for (const item of block.items) hanging(item.label, [{ text: item.text }], 3 * PT_PER_CM);
  }

  heading1(report.sections.replies.heading);
  const repliesOutline = doc.outline.children.at(-1);
  if (report.states.length === 0) write([{ text: "No reply has been received." }], { indent: 2 * PT_PER_CM });
  for (const state of report.states) {
    // Keep a State's name with the first lines of its reply.
    if (doc.y > doc.page.height - doc.page.margins.bottom - 120) doc.addPage();
    doc.moveDown(0.5);
    const stateOutline = (repliesOutline ?? doc.outline).addItem(state.name);
    write([{ text: state.name, bold: true }], { size: 11, after: 0.2 });
    write([{ text: state.originalLine }], { align: "right", after: 0 });
    write([{ text: state.receivedLine }], { align: "right", after: 0.6 });
    for (const item of state.items) {
      if (doc.y > doc.page.height - doc.page.margins.bottom - 60) doc.addPage();
      stateOutline.addItem(item.heading);
      write([{ text: item.heading, bold: true }], { indent: 2 * PT_PER_CM, after: 0.4 });
      if (item.restricted) write([{ text: `[${RESTRICTED_LABEL}]`, bold: true }], { indent: 2 * PT_PER_CM });
      if (item.isNilReply) write([{ text: item.body, italic: true }], { indent: 2 * PT_PER_CM });
      else if (UNSUPPORTED_SCRIPT.test(item.body)) {
        write([{ text: "[The original text of this reply is in a script this PDF edition does not render; it is reproduced in the DOCX edition.]", italic: true }], { indent: 2 * PT_PER_CM });
      } else for (const block of markdownToBlocks(item.body)) writeBlock(block);
    }
  }

  // Running header (symbol) and page numbers, written into the margins of every page.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font("regular").fontSize(8);
    doc.text(report.isDraft ? `${report.symbol} (draft, not issued)` : report.symbol, left, PT_PER_CM, { width: contentWidth(), align: "right", lineBreak: false });
    doc.text(String(i + 1 - range.start), left, doc.page.height - PT_PER_CM, { width: contentWidth(), align: "center", lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return finished;

  function hanging(marker: string, runs: readonly Run[], indent: number) {
    const y = doc.y;
    doc.font("regular").fontSize(BODY_SIZE).text(marker, left + indent - PT_PER_CM, y, { width: PT_PER_CM, lineBreak: false });
    doc.y = y;
    write(runs, { indent, align: "justify", after: 0.4 });
  }

  function writeBlock(block: Block) {
    const indent = 2 * PT_PER_CM;
    switch (block.kind) {
      case "subheading":
        write(block.runs.map((r) => ({ ...r, bold: true })), { indent, after: 0.3 });
        break;
      case "quote":
        write(block.runs, { indent: indent + PT_PER_CM, after: 0.5 });
        break;
      case "item":
        if (block.marker) hanging(block.marker, block.runs, indent + (block.depth + 1) * PT_PER_CM);
        else write(block.runs, { indent: indent + (block.depth + 1) * PT_PER_CM, after: 0.4 });
        break;
      default:
        write(block.runs, { indent, align: "justify", after: 0.5 });
    }
  }
}

function fontOf(r: Run): FontName {
  return r.bold && r.italic ? "boldItalic" : r.bold ? "bold" : r.italic ? "italic" : "regular";
}
