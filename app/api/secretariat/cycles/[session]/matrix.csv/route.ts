import { db } from "@/db/client";
import { requireRole } from "@/lib/auth/guards";
import { csvResponse } from "@/lib/csv";
import { parseMatrixFilters } from "@/lib/review/matrix";
import { matrixCsv } from "@/lib/review/exports";
import { intParam, routeHandler } from "@/lib/route";
import { ordinal } from "@/lib/ordinal";

export const GET = routeHandler(async (request, { params }: { params: Promise<{ session: string }> }) => {
  await requireRole("reviewer", "admin");
  const session = intParam((await params).session);
  const filters = parseMatrixFilters(Object.fromEntries(new URL(request.url).searchParams));
  return csvResponse(`coverage-${ordinal(session)}-session.csv`, await matrixCsv(db(), session, filters));
});
