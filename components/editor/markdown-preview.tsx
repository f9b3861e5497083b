"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { replyTextClass } from "@/components/ui/blocks";

/** Renders the reply as it will read; the Markdown renderer is fetched only when a preview is asked for. */
export function MarkdownPreview({ text, id }: { text: string; id: string }) {
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
      {html === null ? <p className="muted">{t("preparingPreview")}</p> : <div className={replyTextClass} dir="auto" dangerouslySetInnerHTML={{ __html: html }} />}
    </div>
  );
}
