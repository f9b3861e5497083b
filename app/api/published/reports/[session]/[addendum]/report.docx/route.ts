import { db } from "@/db/client";
import { AppError } from "@/lib/errors";
import { compiledDocument, documentResponse, parseDocumentQuery } from "@/lib/report/exports";
import { routeHandler } from "@/lib/route";

/** An issued document's public edition as DOCX, for anyone: restricted replies are left out; drafts are never served here. */
export const GET = routeHandler(async (request, { params }: { params: Promise<{ session: string; addendum: string }> }) => {
  const { session, addendum } = await params;
  if (!/^\d+$/.test(session) || !/^\d+$/.test(addendum)) throw new AppError("not_found");
  return documentResponse(await compiledDocument(db(), Number(session), Number(addendum), "public", parseDocumentQuery(new URL(request.url)).locale), "docx", "public");
});
