import { db } from "@/db/client";
import { requireRole } from "@/lib/auth/guards";
import { repliesJson } from "@/lib/report/exports";
import { intParam, routeHandler } from "@/lib/route";
import { ordinal } from "@/lib/ordinal";

export const GET = routeHandler(async (_request, { params }: { params: Promise<{ session: string }> }) => {
  await requireRole("reviewer", "admin");
  const session = intParam((await params).session);
  return new Response(await repliesJson(db(), session), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="replies-${ordinal(session)}-session.json"`,
      "Cache-Control": "private, no-store",
    },
  });
});
