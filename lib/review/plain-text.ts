import { markdownToBlocks } from "@/lib/report/blocks";

/** A reply's Markdown as plain text for a spreadsheet: no asterisks or hashes; list markers kept; paragraphs apart. */
export function markdownToPlainText(markdown: string): string {
  return markdownToBlocks(markdown)
    .map((b) => {
      const text = b.runs.map((r) => r.text).join("");
      if (b.kind === "item") return `${"  ".repeat(b.depth)}${b.marker ? `${b.marker} ` : "  "}${text}`;
      if (b.kind === "quote") return `“${text}”`;
      return text;
    })
    .join("\n");
}
