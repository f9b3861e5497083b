import type { BlockquoteHTMLAttributes, HTMLAttributes } from "react";
import { localeDir, type Locale } from "@/lib/i18n/locales";
import { renderMarkdown } from "@/lib/markdown";
import styles from "./blocks.module.css";

// Small blocks that several pages share, each with its one look.

const join = (...names: (string | undefined)[]) => names.filter(Boolean).join(" ");

/** A quotation of the resolution (a paragraph, a requested item), set off by a rule at the start. */
export function ResolutionQuote({ className, ...props }: BlockquoteHTMLAttributes<HTMLQuoteElement>) {
  // The resolution is quoted as the record holds it, in English; a quote introduced in the reader's language says so with `lang`.
  return <blockquote lang="en" {...props} className={join(styles.quote, className)} />;
}

/** Label–value pairs in two columns (one on a narrow screen). */
export function Facts({ className, ...props }: HTMLAttributes<HTMLDListElement>) {
  return <dl {...props} className={join(styles.facts, className)} />;
}

/** A section that opens with a rule: one cycle, one resolution. */
export function RuledSection({ className, ...props }: HTMLAttributes<HTMLElement>) {
  return <section {...props} className={join(styles.ruled, className)} />;
}

/** Plain text kept as written (line breaks), in the page's font: a reply's text, a message. */
export function PlainText({ className, ...props }: HTMLAttributes<HTMLPreElement>) {
  return <pre {...props} className={join(styles.plain, className)} />;
}

/** Links in a row that wraps, without bullets. */
export function LinkList({ className, ...props }: HTMLAttributes<HTMLUListElement>) {
  return <ul {...props} className={join(styles.links, className)} />;
}

/** The class of a reply's rendered Markdown (a measure that reads well). */
export const replyTextClass = styles.replyText;

/** A reply's text as issued: its Markdown rendered (HTML escaped), in its own language and that language's direction. */
export function ReplyText({ body, language }: { body: string; language: Locale }) {
  return <div className={replyTextClass} lang={language} dir={localeDir(language)} dangerouslySetInnerHTML={{ __html: renderMarkdown(body) }} />;
}
