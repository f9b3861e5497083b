import { db } from "@/db/client";
import { requireUser } from "@/lib/auth/guards";
import { intParam, routeHandler } from "@/lib/route";
import { readLetter } from "@/lib/submissions/letters";

/** Download of a covering letter: the State's delegation and the Secretariat only. */
export const GET = routeHandler(async (_request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireUser();
  const id = intParam((await params).id);
  const letter = await readLetter(db(), user, id);
  return new Response(Buffer.from(letter.data), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(letter.sizeBytes),
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(letter.fileName)}`,
      "Cache-Control": "private, no-store",
    },
  });
});
