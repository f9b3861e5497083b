import { catalogTranslator } from "@/lib/i18n/catalog-translator";
import { formatDateTime } from "@/lib/i18n/dates";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { sessionName } from "@/lib/i18n/session-ordinal";
import { stateName } from "@/lib/i18n/state-names";
import { formatNewYorkDateTime } from "@/lib/time";

export interface ReminderInput {
  stateName: string;
  /** The State's code: its name in the recipient's language (stateName stays the English one as of the day). */
  iso3?: string;
  recipientName: string;
  session: number;
  /** The resolution mandating the cycle and its paragraph inviting the views (64/25, paragraph 3). */
  mandate?: { number: string; paragraph: number };
  deadline: Date;
  offsetDays: number | null;
  openItems: { letter: string; text: string; status: string }[];
  link: string;
}

/**
 * The text of a reminder, in the Secretariat's usual courteous form, in the recipient's language (their saved
 * preference; English when they have none). The items' questions are quoted as the resolution has them.
 */
export function composeReminder(r: ReminderInput, locale: Locale = DEFAULT_LOCALE): { subject: string; body: string } {
  const t = catalogTranslator(locale, "mail");
  const status = catalogTranslator(locale, "status");
  const state = locale !== "en" && r.iso3 ? stateName(r.iso3, locale) : r.stateName;
  // "for the sixty-fifth session": Russian and Arabic put the session in the case the preposition takes.
  const session = sessionName(r.session, locale, { case: locale === "ru" || locale === "ar" ? "oblique" : "nominative" });
  // English as the Secretariat has always written it: "31 May 2010, 23:59 (New York)".
  const deadline = locale === "en" ? formatNewYorkDateTime(r.deadline) : t("newYork", { time: formatDateTime(r.deadline, locale) });
  const when =
    r.offsetDays === null ? "" : r.offsetDays > 0 ? t("whenLeft", { days: r.offsetDays }) : r.offsetDays < 0 ? t("whenPassed") : t("whenToday");
  const mandate = r.mandate ?? { number: "62/17", paragraph: 3 };
  const subject = `${t("subject", { number: mandate.number, state, session })}${when}`;
  const items = r.openItems.map((i) => t("itemLine", { letter: i.letter, text: i.text, status: status(i.status) })).join("\n");
  const timing = r.offsetDays !== null && r.offsetDays < 0 ? t("passed", { deadline }) : t("requested", { deadline });
  const body = [
    t("greeting", { name: r.recipientName }),
    "",
    t("intro", { paragraph: mandate.paragraph, number: mandate.number, session, state }),
    "",
    items,
    "",
    timing,
    t("nil"),
    "",
    t("link", { link: r.link }),
  ].join("\n");
  return { subject, body };
}
