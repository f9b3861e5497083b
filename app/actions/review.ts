"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { SECRETARIAT_ROLES } from "@/lib/permissions";
import { addComment, assignQueueItems, assignReviewer, grantExtension, reviewTransition } from "@/lib/review/service";
import { assignInput, commentInput, extensionInput, queueAssignInput, reviewTransitionInput } from "@/lib/validation/review";

// The Secretariat reviews; only an administrator assigns reviewers. The services check the workflow.
const ADMIN = ["admin"] as const;

export const reviewTransitionAction = action({ input: reviewTransitionInput, roles: SECRETARIAT_ROLES }, async (input, ctx) => {
  const result = await reviewTransition(ctx, input);
  revalidatePath("/secretariat", "layout");
  return result;
});

export const addCommentAction = action({ input: commentInput, roles: SECRETARIAT_ROLES }, async (input, ctx) => {
  const comment = await addComment(ctx, input);
  revalidatePath("/secretariat", "layout");
  return { id: comment.id };
});

export const assignReviewerAction = action({ input: assignInput, roles: ADMIN }, async (input, ctx) => {
  const result = await assignReviewer(ctx, input);
  revalidatePath("/secretariat", "layout");
  return result;
});

export const grantExtensionAction = action({ input: extensionInput, roles: SECRETARIAT_ROLES }, async (input, ctx) => {
  const result = await grantExtension(ctx, input);
  revalidatePath("/secretariat", "layout");
  revalidatePath(`/states/${input.iso3.toUpperCase()}`, "layout");
  return { deadline: result.deadline.toISOString() };
});

/** "Assign to me" (any reviewer, unassigned work) and bulk assignment from the queue (administrators: to anyone). */
export const assignQueueAction = action({ input: queueAssignInput, roles: SECRETARIAT_ROLES }, async (input, ctx) => {
  const result = await assignQueueItems(ctx, input);
  revalidatePath("/secretariat", "layout");
  return result;
});
