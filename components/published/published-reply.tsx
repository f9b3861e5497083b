import { useTranslations } from "next-intl";
import type { PublishedReply as Reply } from "@/lib/published/queries";
import { LOCALE_INFO } from "@/lib/i18n/locales";
import { useReaderDates } from "@/lib/i18n/reader";
import { ReplyText } from "@/components/ui/blocks";

/**
 * One published reply as issued: its text (Markdown, HTML escaped), the original language and the document. Not
 * async: an item's page lists up to 193 of them, each of which would otherwise be a task and a row of its own.
 */
export function PublishedReply({ reply }: { reply: Reply }) {
  const t = useTranslations("published");
  const { locale, day } = useReaderDates();
  // The original's language named in the reader's language: "French", "français", "法文"…
  const language = new Intl.DisplayNames([LOCALE_INFO[locale].bcp47], { type: "language" }).of(reply.language) ?? reply.language;
  return (
    <div className="published-reply">
      {reply.isNilReply ? (
        <p>
          <em>{t("nilReply")}</em>
        </p>
      ) : (
        <ReplyText body={reply.body} language={reply.language} />
      )}
      <p className="muted">
        {t("original", { language, date: day(reply.receivedAt) })} {t("inDocument", { symbol: reply.symbol })}
      </p>
    </div>
  );
}
