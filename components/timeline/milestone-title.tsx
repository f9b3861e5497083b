import { useTranslations } from "next-intl";
import { useReaderLocale } from "@/lib/i18n/reader";
import { milestoneTitleMessage } from "@/lib/timeline/milestone-title";

/** A milestone's title in the reader's language; English, the record's own words, stays as stored. */
export function MilestoneTitle({ milestone }: { milestone: { key: string; title: string; documentSymbol: string | null } }) {
  const t = useTranslations("milestones");
  const locale = useReaderLocale();
  const message = locale === "en" ? null : milestoneTitleMessage(milestone, locale);
  if (message) return <>{t(message.key, message.values)}</>;
  return locale === "en" ? <>{milestone.title}</> : <span lang="en">{milestone.title}</span>;
}
