import { db } from "@/db/client";
import { buildFeedEvents, toICalendar } from "@/lib/calendar/feed";
import { now } from "@/lib/clock";
import { routeHandler } from "@/lib/route";
import { catalogTranslator } from "@/lib/i18n/catalog-translator";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { newYorkDate } from "@/lib/time";
import { getFeedData } from "@/lib/timeline/queries";

export const dynamic = "force-dynamic";

/** The public feed: every milestone and every cycle's reply deadline. */
export const GET = routeHandler(async (request) => {
  // The feed's own words in the language asked for (?lang=fr), else English: a calendar client sends no preference.
  const lang = new URL(request.url).searchParams.get("lang");
  const locale = isLocale(lang) ? lang : DEFAULT_LOCALE;
  const [data, today] = await Promise.all([getFeedData(db()), now()]);
  const body = toICalendar(
    buildFeedEvents({ milestones: data.milestones, cycles: data.cycles, today: newYorkDate(today), locale }),
    catalogTranslator(locale, "feed")("calendarName"),
  );
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="resolution-62-17.ics"',
      "Cache-Control": "public, max-age=300",
    },
  });
});
