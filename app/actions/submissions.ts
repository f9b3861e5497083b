"use server";

import { revalidatePath } from "next/cache";
import * as z from "zod/mini";
import { action } from "@/lib/action";
import { restoreRevision, saveDraft, submitMany, submitReply, withdrawReply } from "@/lib/submissions/service";
import { restoreInput, saveDraftInput, submitInput, submitManyInput, withdrawInput } from "@/lib/validation/submission";

const statePath = (iso3: string) => `/states/${iso3.toUpperCase()}`;

/** The editor's form posted before its JavaScript took over: the same fields, as form text. */
function fromForm(raw: unknown): unknown {
  if (!(raw instanceof FormData)) return raw;
  const text = (name: string) => {
    const v = raw.get(name);
    return typeof v === "string" ? v : undefined;
  };
  const number = (name: string) => (text(name) === undefined ? undefined : Number(text(name)));
  return {
    iso3: text("iso3"),
    session: number("session"),
    letter: text("letter"),
    body: text("body") ?? "",
    language: text("language"),
    isNilReply: raw.has("isNilReply"),
    publication: text("publication"),
    expectedVersion: number("expectedVersion"),
  };
}

/**
 * Saves a draft: called by the editor's autosave with an object, or by the editor's form itself
 * (React's progressive enhancement) with its FormData when the page's scripts have not loaded yet.
 */
export const saveDraftAction = action({ input: z.pipe(z.transform(fromForm), saveDraftInput), roles: ["delegation"] }, (input, ctx) =>
  saveDraft(ctx, input),
);

export const submitReplyAction = action({ input: submitInput, roles: ["delegation"] }, async (input, ctx) => {
  const result = await submitReply(ctx, input);
  revalidatePath(statePath(input.iso3), "layout");
  return result;
});

export const submitManyAction = action({ input: submitManyInput, roles: ["delegation"] }, async (input, ctx) => {
  const result = await submitMany(ctx, input);
  revalidatePath(statePath(input.iso3), "layout");
  return result;
});

export const withdrawReplyAction = action({ input: withdrawInput, roles: ["delegation"] }, async (input, ctx) => {
  const result = await withdrawReply(ctx, input);
  revalidatePath(statePath(input.iso3), "layout");
  return result;
});

export const restoreRevisionAction = action({ input: restoreInput, roles: ["delegation"] }, async (input, ctx) => {
  const result = await restoreRevision(ctx, input);
  revalidatePath(statePath(input.iso3), "layout");
  return result;
});
