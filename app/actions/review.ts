"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { addComment, assignReviewer, grantExtension, reviewTransition } from "@/lib/review/service";
import { assignInput, commentInput, extensionInput, reviewTransitionInput } from "@/lib/validation/review";

// Every service below checks the role (Secretariat, or administrator for assignments) itself.

export const reviewTransitionAction = action(reviewTransitionInput, async (input, ctx) => {
  const result = await reviewTransition(ctx, input);
  revalidatePath("/secretariat", "layout");
  return result;
});

export const addCommentAction = action(commentInput, async (input, ctx) => {
  const comment = await addComment(ctx, input);
  revalidatePath("/secretariat", "layout");
  return { id: comment.id };
});

export const assignReviewerAction = action(assignInput, async (input, ctx) => {
  const result = await assignReviewer(ctx, input);
  revalidatePath("/secretariat", "layout");
  return result;
});

export const grantExtensionAction = action(extensionInput, async (input, ctx) => {
  const result = await grantExtension(ctx, input);
  revalidatePath("/secretariat", "layout");
  revalidatePath(`/states/${input.iso3.toUpperCase()}`, "layout");
  return { deadline: result.deadline.toISOString() };
});
