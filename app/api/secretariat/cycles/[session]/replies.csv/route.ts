import { db } from "@/db/client";
import { requireRole } from "@/lib/auth/guards";
import { csvResponse } from "@/lib/csv";
import { repliesCsv } from "@/lib/review/exports";
import { intParam, routeHandler } from "@/lib/route";
import { ordinal } from "@/lib/ordinal";

export const GET = routeHandler(async (_request, { params }: { params: Promise<{ session: string }> }) => {
  await requireRole("reviewer", "admin");
  const session = intParam((await params).session);
  return csvResponse(`replies-${ordinal(session)}-session.csv`, await repliesCsv(db(), session));
});
