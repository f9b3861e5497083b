import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { milestoneTitleMessage } from "@/lib/timeline/milestone-title";

/** A milestone's title in the reader's language; English, the record's own words, stays as stored. */
export async function MilestoneTitle({ milestone }: { milestone: { key: string; title: string; documentSymbol: string | null } }) {
  const [t, locale] = await Promise.all([getTranslations("milestones"), getLocale() as Promise<Locale>]);
  const message = locale === "en" ? null : milestoneTitleMessage(milestone, locale);
  if (message) return <>{t(message.key, message.values)}</>;
  return locale === "en" ? <>{milestone.title}</> : <span lang="en">{milestone.title}</span>;
}
