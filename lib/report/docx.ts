import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type IRunOptions,
} from "docx";
import { markdownToBlocks, type Block, type Run } from "./blocks";
import { RESTRICTED_LABEL, type CompiledReport } from "./compile";

const FONT = "Times New Roman";
// docx sizes are half-points; indents are twentieths of a point (1 cm = 567).
const BODY = 20;
const CM = 567;

/**
 * The report as a Word document the editors can work on: the outline uses Word's own Heading 1
 * (sections), Heading 2 (States) and Heading 3 (items), so the navigation pane and a table of
 * contents work; the replies' Markdown becomes ordinary paragraphs, lists and emphasis.
 */
export async function renderDocx(report: CompiledReport): Promise<Buffer> {
  const children: Paragraph[] = [
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: report.symbol, bold: true, size: 24 })] }),
    new Paragraph({ children: [new TextRun({ text: "General Assembly", bold: true, size: 32 })] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: "Distr.: General" })] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { after: 240 }, children: [new TextRun({ text: report.dateLine })] }),
    new Paragraph({ children: [new TextRun({ text: report.sessionLine })] }),
    ...(report.agendaLine ? [new Paragraph({ children: [new TextRun({ text: report.agendaLine })] })] : []),
    new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: report.title, bold: true })] }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: report.title })] }),
    new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: report.subtitle, bold: true, size: 28 })] }),
    ...(report.addendumLine ? [new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: report.addendumLine, bold: true, size: 28 })] })] : []),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(report.sections.introduction.heading)] }),
  ];

  for (const block of report.sections.introduction.blocks) {
    if (block.kind === "paragraph") {
      children.push(new Paragraph({ indent: { left: 2 * CM }, spacing: { after: 120 }, children: [new TextRun(`${block.number}.\t${block.text}`)] }));
    } else {
      for (const item of block.items) {
        children.push(new Paragraph({ indent: { left: 3 * CM, hanging: CM }, spacing: { after: 60 }, children: [new TextRun(`${item.label}\t${item.text}`)] }));
      }
    }
  }

  children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(report.sections.replies.heading)] }));
  if (report.states.length === 0) children.push(bodyParagraph([{ text: "No reply has been received." }]));
  for (const state of report.states) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: [new TextRun(state.name)] }));
    children.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun(state.originalLine)] }));
    children.push(new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { after: 120 }, children: [new TextRun(state.receivedLine)] }));
    for (const item of state.items) {
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_3, keepNext: true, children: [new TextRun(item.heading)] }));
      if (item.restricted) children.push(bodyParagraph([{ text: `[${RESTRICTED_LABEL}]`, bold: true }]));
      for (const block of item.isNilReply ? [{ kind: "paragraph" as const, runs: [{ text: item.body, italic: true }] }] : markdownToBlocks(item.body)) {
        children.push(blockParagraph(block));
      }
    }
  }

  const document = new Document({
    creator: "Resolution 62/17 tracker",
    title: `${report.symbol}: ${report.title}`,
    subject: report.subtitle,
    description: report.isDraft ? "Draft compiled by the Secretariat; not issued." : `Issued on ${report.dateLine}.`,
    styles: {
      default: {
        document: { run: { font: FONT, size: BODY }, paragraph: { spacing: { line: 276 } } },
        title: { run: { font: FONT, size: 28, bold: true, color: "000000" }, paragraph: { spacing: { after: 120 } } },
        heading1: { run: { font: FONT, size: 24, bold: true, color: "000000" }, paragraph: { spacing: { before: 360, after: 160 }, keepNext: true } },
        heading2: { run: { font: FONT, size: 22, bold: true, color: "000000" }, paragraph: { spacing: { before: 320, after: 80 }, keepNext: true } },
        heading3: { run: { font: FONT, size: BODY, bold: true, italics: false, color: "000000" }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true } },
      },
    },
    sections: [
      {
        properties: { page: { margin: { top: 2 * CM, bottom: 2 * CM, left: 2.5 * CM, right: 2.5 * CM } } },
        headers: {
          default: new Header({
            children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: report.isDraft ? `${report.symbol} (draft, not issued)` : report.symbol, size: 16 })] })],
          }),
        },
        footers: {
          default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: 16 })] })] }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

function blockParagraph(block: Block): Paragraph {
  switch (block.kind) {
    case "subheading":
      return bodyParagraph(block.runs.map((r) => ({ ...r, bold: true })));
    case "quote":
      return new Paragraph({ indent: { left: 3 * CM, right: CM }, spacing: { after: 120 }, children: textRuns(block.runs) });
    case "item":
      return new Paragraph({
        indent: { left: (3 + block.depth) * CM, hanging: block.marker ? 0.5 * CM : 0 },
        spacing: { after: 60 },
        children: textRuns(block.marker ? [{ text: `${block.marker}\t` }, ...block.runs] : block.runs),
      });
    default:
      return bodyParagraph(block.runs);
  }
}

function bodyParagraph(runs: readonly Run[]): Paragraph {
  return new Paragraph({ indent: { left: 2 * CM }, alignment: AlignmentType.BOTH, spacing: { after: 120 }, children: textRuns(runs) });
}

function textRuns(runs: readonly Run[]): TextRun[] {
  return runs.flatMap((r) =>
    r.text.split("\n").map((text, i) => new TextRun({ text, bold: r.bold, italics: r.italic, ...(i > 0 && { break: 1 }) } satisfies IRunOptions)),
  );
}
