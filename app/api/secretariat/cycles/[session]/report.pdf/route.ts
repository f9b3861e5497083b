import { db } from "@/db/client";
import { requireRole } from "@/lib/auth/guards";
import { compiledDocument, documentResponse, parseDocumentQuery } from "@/lib/report/exports";
import { routeHandler } from "@/lib/route";
import { now } from "@/lib/clock";

/** The report (or an addendum) as PDF: ?addendum=N for an issued one, none for the next one's draft; ?edition=public leaves restricted replies out. */
export const GET = routeHandler(async (request, { params }: { params: Promise<{ session: string }> }) => {
  await requireRole("reviewer", "admin");
  const { session } = await params;
  const { addendum, edition, locale } = parseDocumentQuery(new URL(request.url));
  return documentResponse(await compiledDocument(db(), Number(session), addendum, edition, locale, await now()), "pdf", "private");
});
