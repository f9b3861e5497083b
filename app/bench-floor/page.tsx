import { count } from "drizzle-orm";
import { notFound } from "next/navigation";
import { db } from "@/db/client";
import { memberStates } from "@/db/schema";

/**
 * Bench mode only (TRACKER_BENCH=1): the floor the route bench measures every page against. A page of
 * this build, rendered per request like every other page (the proxy, the root layout, React's flight
 * payload and HTML), that runs one query and has none of the site's header, navigation, footer or
 * client code. It shows a number, not words: it is no page for people. Outside bench mode it answers 404.
 */
export const dynamic = "force-dynamic";

const benchMode = process.env.TRACKER_BENCH === "1";

export default async function FloorPage() {
  if (!benchMode) notFound();
  const [row] = await db().select({ n: count() }).from(memberStates);
  return (
    <main>
      <p>{row?.n ?? 0}</p>
    </main>
  );
}
