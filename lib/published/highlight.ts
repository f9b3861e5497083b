import { FRAGMENT_SEPARATOR, MARK_END, MARK_START } from "./queries";

export type Segment = { text: string; mark: boolean };

/**
 * Splits ts_headline's excerpt into plain and matched segments, for React to render as escaped text
 * and <mark> elements: no HTML from a reply is ever passed to the browser as markup. Markdown markers
 * (emphasis, headings, list dashes) are dropped, as the excerpt is shown as plain text.
 */
export function headlineFragments(headline: string): Segment[][] {
  return headline
    .split(FRAGMENT_SEPARATOR)
    .map((fragment) => {
      const segments: Segment[] = [];
      let rest = fragment.replace(/[*_`]+|^\s*#+\s|^\s*[-+>]\s/gm, "").replace(/\s+/g, " ");
      while (rest.length > 0) {
        const start = rest.indexOf(MARK_START);
        if (start === -1) {
          segments.push({ text: rest, mark: false });
          break;
        }
        if (start > 0) segments.push({ text: rest.slice(0, start), mark: false });
        const end = rest.indexOf(MARK_END, start);
        const stop = end === -1 ? rest.length : end;
        segments.push({ text: rest.slice(start + 1, stop), mark: true });
        rest = rest.slice(stop + 1);
      }
      return segments.filter((s) => s.text.length > 0);
    })
    .filter((f) => f.length > 0);
}
