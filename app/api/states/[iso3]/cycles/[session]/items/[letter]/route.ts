import { revalidatePath } from "next/cache";
import { safeParse } from "zod/mini";
import { db } from "@/db/client";
import { requireUser } from "@/lib/auth/guards";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { routeHandler } from "@/lib/route";
import { getEditorView } from "@/lib/submissions/queries";
import { saveDraft, submitReply } from "@/lib/submissions/service";
import { itemRefSchema, saveDraftInput, submitInput } from "@/lib/validation/submission";
import { msg } from "@/lib/i18n/message-key";

/**
 * A small JSON API for a delegation's item, with the same guards and services as the editor's
 * Server Actions (saveDraftAction, submitReplyAction): for scripts, the deadline-day bench and
 * integrations that cannot drive a browser.
 *
 *   GET  …/items/a                      → the item's current version, status and text (own State only)
 *   POST …/items/a {text, expectedVersion}                 → saves a draft
 *   POST …/items/a {text, expectedVersion, submit: true}   → submits (or amends)
 *
 * Optional fields: language ("en"), isNilReply (false), publication ("public"). A save from a stale
 * version answers 409 with the newer text in `details.theirs`, exactly as the editor's conflict;
 * a client that lost an answer re-reads the item (GET) and sees whether its save landed.
 */
const ROUTE = "/api/states/[iso3]/cycles/[session]/items/[letter]";
type Params = { params: Promise<{ iso3: string; session: string; letter: string }> };

async function itemRef(params: Params["params"]) {
  const ref = itemRefSchema.safeParse(await params);
  if (!ref.success) throw new AppError("not_found", msg("serviceErrors.noSuchItem"));
  return ref.data;
}

export const GET = routeHandler(async (_request, { params }: Params) => {
  const user = await requireUser();
  const ref = await itemRef(params);
  const view = await getEditorView(db(), user, ref);
  const s = view.submission;
  return Response.json({
    state: view.state.iso3,
    session: view.cycle.targetSession,
    letter: view.item.letter,
    version: s?.version ?? 0,
    status: s?.status ?? "not_started",
    text: s?.body ?? "",
    language: s?.language ?? "en",
    isNilReply: s?.isNilReply ?? false,
    publication: s?.publication ?? "public",
    savedAt: s?.lastSavedAt?.toISOString() ?? null,
    submittedAt: s?.submittedAt?.toISOString() ?? null,
    isLate: s?.isLate ?? false,
  });
}, ROUTE);

export const POST = routeHandler(async (request, { params }: Params) => {
  const user = await requireUser();
  const ref = await itemRef(params);
  const raw = (await request.json().catch(() => null)) as Record<string, unknown> | null;
  if (!raw || typeof raw !== "object") throw new AppError("invalid", msg("serviceErrors.sendJsonObject", { example: '{"text": "…", "expectedVersion": 0}' }));
  const input = {
    ...ref,
    body: raw.text ?? raw.body,
    language: raw.language ?? "en",
    isNilReply: raw.isNilReply ?? false,
    publication: raw.publication ?? "public",
    expectedVersion: raw.expectedVersion,
  };
  const submitting = raw.submit === true;
  const parsed = safeParse(submitting ? submitInput : saveDraftInput, input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[issue.path.join(".") || "_"] ??= []).push(issue.message);
    throw new AppError("invalid", Object.values(fieldErrors)[0]?.[0], { fieldErrors });
  }
  const ctx = { db: db(), actor: user, now: await now() };
  const saved = submitting ? await submitReply(ctx, parsed.data) : await saveDraft(ctx, parsed.data);
  if (submitting) revalidatePath(`/states/${ref.iso3.toUpperCase()}`, "layout");
  return Response.json({ ok: true, ...saved });
}, ROUTE);
