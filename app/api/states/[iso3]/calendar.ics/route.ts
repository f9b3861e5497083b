import { db } from "@/db/client";
import { buildFeedEvents, toICalendar } from "@/lib/calendar/feed";
import { verifyCalendarToken } from "@/lib/calendar/tokens";
import { now } from "@/lib/clock";
import { stateNameOnDay } from "@/lib/membership/queries";
import { routeHandler } from "@/lib/route";
import { catalogTranslator } from "@/lib/i18n/catalog-translator";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { stateName } from "@/lib/i18n/state-names";
import { newYorkDate } from "@/lib/time";
import { getFeedData } from "@/lib/timeline/queries";

export const dynamic = "force-dynamic";

/**
 * A delegation's feed, with its State's extensions. Calendar clients cannot sign in: the secret token in the
 * URL is the credential (401 without it, 403 when wrong or replaced).
 */
export const GET = routeHandler(async (request, { params }: { params: Promise<{ iso3: string }> }) => {
  const { iso3 } = await params;
  const token = new URL(request.url).searchParams.get("token");
  const state = await verifyCalendarToken(db(), iso3, token);
  const [data, today] = await Promise.all([getFeedData(db(), state.id), now().then(newYorkDate)]);
  // The feed's own words in the language asked for (?lang=fr), else English: a calendar client sends no preference.
  const lang = new URL(request.url).searchParams.get("lang");
  const locale = isLocale(lang) ? lang : DEFAULT_LOCALE;
  const english = await stateNameOnDay(db(), state.iso3, today);
  const name = locale === "en" ? english : stateName(state.iso3, locale);
  const body = toICalendar(buildFeedEvents({ ...data, state: { iso3: state.iso3, name }, today, locale }), catalogTranslator(locale, "feed")("stateCalendarName", { state: name }));
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `inline; filename="resolution-62-17-${state.iso3.toLowerCase()}.ics"`,
      // The URL holds a secret: keep it out of shared caches.
      "Cache-Control": "private, no-store",
      "Referrer-Policy": "no-referrer",
    },
  });
});
