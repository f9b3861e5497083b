"use server";

import { revalidatePath } from "next/cache";
import type { core } from "zod";
import * as z from "zod/mini";
import { action } from "@/lib/action";
import type { TopLevelContext } from "@/lib/context";
import { restoreRevision, saveDraft, submitMany, submitReply, withdrawReply } from "@/lib/submissions/service";
import { restoreInput, saveDraftInput, submitInput, submitManyInput, withdrawInput } from "@/lib/validation/submission";

/** A delegation's change of its State's replies: the State's pages refresh. */
function stateChange<S extends core.$ZodType<{ iso3: string }>, T>(input: S, change: (ctx: TopLevelContext, input: core.output<S>) => Promise<T>) {
  return action({ input, roles: ["delegation"] }, async (parsed, ctx) => {
    const result = await change(ctx, parsed);
    revalidatePath(`/states/${parsed.iso3.toUpperCase()}`, "layout");
    return result;
  });
}

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
 * No revalidation: an autosave on a slow link must not pull the page again.
 */
export const saveDraftAction = action({ input: z.pipe(z.transform(fromForm), saveDraftInput), roles: ["delegation"] }, (input, ctx) =>
  saveDraft(ctx, input),
);
export const submitReplyAction = stateChange(submitInput, submitReply);
export const submitManyAction = stateChange(submitManyInput, submitMany);
export const withdrawReplyAction = stateChange(withdrawInput, withdrawReply);
export const restoreRevisionAction = stateChange(restoreInput, restoreRevision);
