"use server";

import { revalidatePath } from "next/cache";
import type { core } from "zod";
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

export const saveDraftAction = action({ input: saveDraftInput, roles: ["delegation"] }, (input, ctx) => saveDraft(ctx, input));
export const submitReplyAction = stateChange(submitInput, submitReply);
export const submitManyAction = stateChange(submitManyInput, submitMany);
export const withdrawReplyAction = stateChange(withdrawInput, withdrawReply);
export const restoreRevisionAction = stateChange(restoreInput, restoreRevision);
