"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { restoreRevision, saveDraft, submitMany, submitReply, withdrawReply } from "@/lib/submissions/service";
import { restoreInput, saveDraftInput, submitInput, submitManyInput, withdrawInput } from "@/lib/validation/submission";

const statePath = (iso3: string) => `/states/${iso3.toUpperCase()}`;

export const saveDraftAction = action({ input: saveDraftInput, roles: ["delegation"] }, (input, ctx) => saveDraft(ctx, input));

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
