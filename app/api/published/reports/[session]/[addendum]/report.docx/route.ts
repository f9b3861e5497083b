import { db } from "@/db/client";
import { compiledDocument, documentResponse, parseDocumentQuery } from "@/lib/report/exports";
import { intParam, routeHandler } from "@/lib/route";

/** An issued document's public edition as DOCX, for anyone (?lang= for a language version): restricted replies are left out; drafts are never served here. */
export const GET = routeHandler(async (request, { params }: { params: Promise<{ session: string; addendum: string }> }) => {
  const raw = await params;
  const session = intParam(raw.session);
  const addendum = intParam(raw.addendum, { min: 0 });
  return documentResponse(await compiledDocument(db(), session, addendum, "public", parseDocumentQuery(new URL(request.url)).locale), "docx", "public");
});
