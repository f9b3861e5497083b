import { revalidatePath } from "next/cache";
import { db } from "@/db/client";
import { requireUser } from "@/lib/auth/guards";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { FORM_OVERHEAD_BYTES, readLimitedForm, routeHandler } from "@/lib/route";
import { attachLetter, MAX_LETTER_BYTES, MAX_LETTER_MB } from "@/lib/submissions/letters";
import { itemRefSchema } from "@/lib/validation/submission";
import { msg } from "@/lib/i18n/message-key";

type Params = { params: Promise<{ iso3: string; session: string; letter: string }> };

/** Upload of the signed covering letter (multipart, field "file"). */
export const POST = routeHandler(async (request, { params }: Params) => {
  const user = await requireUser();
  const ref = itemRefSchema.safeParse(await params);
  if (!ref.success) throw new AppError("not_found");
  const form = await readLimitedForm(request, MAX_LETTER_BYTES + FORM_OVERHEAD_BYTES, msg("serviceErrors.letterTooLargeShort", { mb: MAX_LETTER_MB }));
  const file = form?.get("file");
  if (!(file instanceof File)) throw new AppError("invalid", msg("serviceErrors.choosePdf"), { fieldErrors: { file: [msg("serviceErrors.choosePdf")] } });
  const saved = await attachLetter({ db: db(), actor: user, now: await now() }, ref.data, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  revalidatePath(`/states/${ref.data.iso3.toUpperCase()}`, "layout");
  return Response.json({ ok: true, attachment: saved }, { status: 201 });
});
