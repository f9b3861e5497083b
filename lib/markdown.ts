import MarkdownIt from "markdown-it";

/**
 * Light Markdown for replies: paragraphs, emphasis, lists, headings, quotes and links. Raw HTML is
 * escaped, never rendered (html: false), and markdown-it refuses javascript:, vbscript: and data:
 * links, so no script a delegation types can run in anyone's browser.
 */
const md = new MarkdownIt("default", { html: false, linkify: false, typographer: false, breaks: false }).disable(["image", "table"]);

const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  tokens[idx]!.attrSet("rel", "noopener noreferrer nofollow");
  return defaultLinkOpen(tokens, idx, options, env, self);
};

export function renderMarkdown(text: string): string {
  return md.render(text);
}

/** The same Markdown, as markdown-it's tokens, for the report's DOCX and PDF (lib/report/blocks.ts). */
export function parseMarkdown(text: string) {
  return md.parse(text, {});
}
