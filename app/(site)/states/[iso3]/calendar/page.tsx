import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { TokenRotator } from "@/components/calendar/token-rotator";
import { db } from "@/db/client";
import { findStateByIso3 } from "@/lib/states/queries";
import { requirePageUser } from "@/lib/auth/guards";
import { getActiveToken } from "@/lib/calendar/queries";
import { canEditState } from "@/lib/permissions";
import { formatDate } from "@/lib/i18n/dates";
import { readerLocale } from "@/lib/i18n/reader";
import { LOCALE_INFO, LOCALES, type Locale } from "@/lib/i18n/locales";
import { readerStateName } from "@/lib/i18n/state-names";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("itemPage"))("calendarTitle") };
}

/** The address this server answers on, for links to paste into a calendar application. */
async function origin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}

/** A feed's address in one language: the feed routes write their events in the language of `?lang=`. */
function inLanguage(feed: string, locale: Locale): string {
  return `${feed}${feed.includes("?") ? "&" : "?"}lang=${locale}`;
}

export default async function CalendarPage({ params }: { params: Promise<{ iso3: string }> }) {
  const { iso3 } = await params;
  const user = await requirePageUser(`/states/${iso3}/calendar`);
  const state = await findStateByIso3(db(), iso3);
  if (!state) notFound();
  // Only the State's own delegation: the link opens its extensions.
  if (!canEditState(user, state.id)) forbidden();
  const [t, active, base, locale] = await Promise.all([getTranslations("calendar"), getActiveToken(db(), state.id), origin(), readerLocale()]);
  const name = readerStateName(state.iso3, state.name, locale);
  const language = new Intl.DisplayNames([LOCALE_INFO[locale].bcp47], { type: "language" }).of(locale) ?? LOCALE_INFO[locale].endonym;
  // The other five languages, each named in itself, in the order of the language switcher.
  const others = LOCALES.filter((l) => l !== locale).map((l) => ({ code: l, lang: LOCALE_INFO[l].bcp47, endonym: LOCALE_INFO[l].endonym }));
  const publicFeed = `${base}/api/calendar.ics`;
  return (
    <section aria-labelledby="calendar-title">
      <Breadcrumb>
        <Link href={`/states/${state.iso3}`}>{name}</Link>
      </Breadcrumb>
      <h1 id="calendar-title">{t("title", { state: name })}</h1>
      <p className="lede">{t("lede")}</p>
      <h2>{t("yours")}</h2>
      <p>{active ? t("active", { date: formatDate(active.createdAt, locale) }) : t("none")}</p>
      <ClientMessages namespaces={["calendar"]} forms={false}>
        <TokenRotator iso3={state.iso3} feedBase={`${base}/api/states/${state.iso3}/calendar.ics`} hasActive={active !== null} locale={locale} language={language} others={others} />
      </ClientMessages>
      <h2>{t("public")}</h2>
      <p>
        <a href={inLanguage("/api/calendar.ics", locale)} hrefLang={LOCALE_INFO[locale].bcp47} dir="ltr">
          {inLanguage(publicFeed, locale)}
        </a>
      </p>
      <p className="muted">{t("writtenIn", { language })}</p>
      <p id="public-other-languages">{t("otherLanguages")}</p>
      <ul aria-labelledby="public-other-languages">
        {others.map((o) => (
          <li key={o.code}>
            <a href={inLanguage("/api/calendar.ics", o.code)} hrefLang={o.lang} lang={o.lang}>
              {o.endonym}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
