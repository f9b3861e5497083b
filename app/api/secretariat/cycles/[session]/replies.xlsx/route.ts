import { getLocale } from "next-intl/server";
import { db } from "@/db/client";
import { requireRole } from "@/lib/auth/guards";
import { repliesXlsx } from "@/lib/review/exports";
import { routeHandler } from "@/lib/route";
import { ordinal } from "@/lib/ordinal";

export const GET = routeHandler(async (_request, { params }: { params: Promise<{ session: string }> }) => {
  await requireRole("reviewer", "admin");
  const { session } = await params;
  const body = await repliesXlsx(db(), Number(session), await getLocale());
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="replies-${ordinal(Number(session))}-session.xlsx"`,
      "Cache-Control": "private, no-store",
    },
  });
});
