import { getLocale } from "next-intl/server";
import { db } from "@/db/client";
import { requireRole } from "@/lib/auth/guards";
import { csvResponse } from "@/lib/csv";
import { repliesCsv } from "@/lib/review/exports";
import { routeHandler } from "@/lib/route";
import { ordinal } from "@/lib/ordinal";

export const GET = routeHandler(async (_request, { params }: { params: Promise<{ session: string }> }) => {
  await requireRole("reviewer", "admin");
  const { session } = await params;
  return csvResponse(`replies-${ordinal(Number(session))}-session.csv`, await repliesCsv(db(), Number(session), await getLocale()));
});
