"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { replyTextClass } from "@/components/ui/blocks";

/**
 * Renders the reply as it will read; the Markdown renderer is fetched only when a preview is asked for.
 * `lang` is the language the reply is written in (a reply keeps its own language inside any interface).
 */
export function MarkdownPreview({ text, id, lang }: { text: string; id: string; lang?: string }) {
  const t = useTranslations("replyForm");
  const [html, setHtml] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void import("@/lib/markdown").then(({ renderMarkdown }) => {
      if (live) setHtml(renderMarkdown(text));
    });
    return () => {
      live = false;
    };
  }, [text]);
  return (
    <div id={id} className="preview card" aria-live="polite">
      {html === null ? <p className="muted">{t("preparingPreview")}</p> : <div className={replyTextClass} dir="auto" lang={lang} dangerouslySetInnerHTML={{ __html: html }} />}
    </div>
  );
}
