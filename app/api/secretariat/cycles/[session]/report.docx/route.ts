import { db } from "@/db/client";
import { requireRole } from "@/lib/auth/guards";
import { now } from "@/lib/clock";
import { compiledDocument, documentResponse, parseDocumentQuery } from "@/lib/report/exports";
import { intParam, routeHandler } from "@/lib/route";

/** The report (or an addendum) as DOCX: ?addendum=N for an issued one, none for the next one's draft; ?edition=public leaves restricted replies out; ?lang= for a language version. */
export const GET = routeHandler(async (request, { params }: { params: Promise<{ session: string }> }) => {
  await requireRole("reviewer", "admin");
  const session = intParam((await params).session);
  const { addendum, edition, locale } = parseDocumentQuery(new URL(request.url));
  return documentResponse(await compiledDocument(db(), session, addendum, edition, locale, await now()), "docx", "private");
});
