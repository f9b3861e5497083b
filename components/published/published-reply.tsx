import { getTranslations } from "next-intl/server";
import { renderMarkdown } from "@/lib/markdown";
import type { PublishedReply as Reply } from "@/lib/published/queries";
import { formatUnDate } from "@/lib/time";
import { LANGUAGE_NAMES } from "@/lib/validation/submission";
import { replyTextClass } from "@/components/ui/blocks";

/** One published reply as issued: its text (Markdown, HTML escaped), the original language and the document. */
export async function PublishedReply({ reply }: { reply: Reply }) {
  const t = await getTranslations("published");
  return (
    <div className="published-reply">
      {reply.isNilReply ? (
        <p>
          <em>{t("nilReply")}</em>
        </p>
      ) : (
        <div className={replyTextClass} lang={reply.language} dir={reply.language === "ar" ? "rtl" : undefined} dangerouslySetInnerHTML={{ __html: renderMarkdown(reply.body) }} />
      )}
      <p className="muted">
        {t("original", { language: LANGUAGE_NAMES[reply.language], date: formatUnDate(reply.receivedAt) })} {t("inDocument", { symbol: reply.symbol })}
      </p>
    </div>
  );
}
