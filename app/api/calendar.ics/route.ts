import { db } from "@/db/client";
import { buildFeedEvents, toICalendar } from "@/lib/calendar/feed";
import { now } from "@/lib/clock";
import { routeHandler } from "@/lib/route";
import { newYorkDate } from "@/lib/time";
import { getFeedData } from "@/lib/timeline/queries";

export const dynamic = "force-dynamic";

/** The public feed: every milestone and every cycle's reply deadline. */
export const GET = routeHandler(async () => {
  const [data, today] = await Promise.all([getFeedData(db()), now()]);
  const body = toICalendar(buildFeedEvents({ milestones: data.milestones, cycles: data.cycles, today: newYorkDate(today) }), "Resolution 62/17: deadlines and milestones");
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="resolution-62-17.ics"',
      "Cache-Control": "public, max-age=300",
    },
  });
});
