import { getTranslations } from "next-intl/server";
import { renderMarkdown } from "@/lib/markdown";
import type { PublishedReply as Reply } from "@/lib/published/queries";
import { LOCALE_INFO } from "@/lib/i18n/locales";
import { readerDates } from "@/lib/i18n/reader";
import { replyTextClass } from "@/components/ui/blocks";

/** One published reply as issued: its text (Markdown, HTML escaped), the original language and the document. */
export async function PublishedReply({ reply }: { reply: Reply }) {
  const [t, { locale, day }] = await Promise.all([getTranslations("published"), readerDates()]);
  // The original's language named in the reader's language: "French", "français", "法文"…
  const language = new Intl.DisplayNames([LOCALE_INFO[locale].bcp47], { type: "language" }).of(reply.language) ?? reply.language;
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
        {t("original", { language, date: day(reply.receivedAt) })} {t("inDocument", { symbol: reply.symbol })}
      </p>
    </div>
  );
}
