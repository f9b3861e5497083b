import { parseMarkdown } from "@/lib/markdown";

/** A run of text with its emphasis, as Word and PDF need it (no HTML anywhere). */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/**
 * A reply's Markdown as document blocks: paragraphs, sub-headings (rendered in bold, never as Word
 * headings, so the report's own outline stays State > item), list items and quotes. Raw HTML is
 * kept as the literal text the delegation typed, exactly as the web preview shows it.
 */
export type Block =
  | { kind: "paragraph"; runs: Run[] }
  | { kind: "subheading"; runs: Run[] }
  | { kind: "quote"; runs: Run[] }
  | { kind: "item"; marker: string; depth: number; runs: Run[] };

export function markdownToBlocks(text: string): Block[] {
  const tokens = parseMarkdown(text);
  const blocks: Block[] = [];
  const lists: { ordered: boolean; next: number }[] = [];
  let quote = 0;
  let heading = false;
  let pendingMarker: string | null = null;

  for (const token of tokens) {
    switch (token.type) {
      case "bullet_list_open":
        lists.push({ ordered: false, next: 1 });
        break;
      case "ordered_list_open":
        lists.push({ ordered: true, next: Number(token.attrGet("start") ?? 1) });
        break;
      case "bullet_list_close":
      case "ordered_list_close":
        lists.pop();
        break;
      case "list_item_open": {
        const list = lists.at(-1)!;
        pendingMarker = list.ordered ? `${list.next++}.` : "•";
        break;
      }
      case "blockquote_open":
        quote++;
        break;
      case "blockquote_close":
        quote--;
        break;
      case "heading_open":
        heading = true;
        break;
      case "heading_close":
        heading = false;
        break;
      case "code_block":
      case "fence":
        blocks.push({ kind: "paragraph", runs: [{ text: token.content.replace(/\n$/, "") }] });
        break;
      case "inline": {
        const runs = inlineRuns(token.children ?? []);
        if (runs.length === 0) break;
        if (pendingMarker !== null) {
          blocks.push({ kind: "item", marker: pendingMarker, depth: lists.length - 1, runs });
          pendingMarker = null;
        } else if (lists.length > 0) {
          // A second paragraph inside one list item: indented, without a marker.
          blocks.push({ kind: "item", marker: "", depth: lists.length - 1, runs });
        } else if (heading) blocks.push({ kind: "subheading", runs });
        else if (quote > 0) blocks.push({ kind: "quote", runs });
        else blocks.push({ kind: "paragraph", runs });
        break;
      }
      default:
        break;
    }
  }
  return blocks;
}

type InlineToken = { type: string; content: string; attrGet(name: string): string | number | null };

function inlineRuns(children: readonly InlineToken[]): Run[] {
  const runs: Run[] = [];
  let bold = 0;
  let italic = 0;
  const hrefs: string[] = [];
  const push = (text: string) => {
    if (!text) return;
    const last = runs.at(-1);
    const style = { bold: bold > 0, italic: italic > 0 };
    if (last && !!last.bold === style.bold && !!last.italic === style.italic) last.text += text;
    else runs.push({ text, ...(style.bold && { bold: true }), ...(style.italic && { italic: true }) });
  };
  for (const t of children) {
    switch (t.type) {
      case "strong_open":
        bold++;
        break;
      case "strong_close":
        bold--;
        break;
      case "em_open":
        italic++;
        break;
      case "em_close":
        italic--;
        break;
      case "softbreak":
        push(" ");
        break;
      case "hardbreak":
        push("\n");
        break;
      case "link_open":
        hrefs.push(String(t.attrGet("href") ?? ""));
        break;
      case "link_close": {
        // On paper a link shows where it leads.
        const href = hrefs.pop();
        if (href) push(` (${href})`);
        break;
      }
      default:
        push(t.content);
    }
  }
  return runs;
}

