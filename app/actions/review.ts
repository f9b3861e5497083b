"use server";

import { revalidatePath } from "next/cache";
import type { core } from "zod";
import { action, type Roles } from "@/lib/action";
import type { TopLevelContext } from "@/lib/context";
import { SECRETARIAT_ROLES } from "@/lib/permissions";
import { addComment, assignReviewer, grantExtension, reviewTransition } from "@/lib/review/service";
import { assignInput, commentInput, extensionInput, reviewTransitionInput } from "@/lib/validation/review";

// The Secretariat reviews; only an administrator assigns reviewers. The services check the workflow.

/** A review step: the service runs, the Secretariat's pages refresh. */
function reviewStep<S extends core.$ZodType, T>(input: S, roles: Roles, step: (ctx: TopLevelContext, input: core.output<S>) => Promise<T>) {
  return action({ input, roles }, async (parsed, ctx) => {
    const result = await step(ctx, parsed);
    revalidatePath("/secretariat", "layout");
    return result;
  });
}

export const reviewTransitionAction = reviewStep(reviewTransitionInput, SECRETARIAT_ROLES, reviewTransition);

export const addCommentAction = reviewStep(commentInput, SECRETARIAT_ROLES, async (ctx, input) => ({ id: (await addComment(ctx, input)).id }));

export const assignReviewerAction = reviewStep(assignInput, ["admin"], assignReviewer);

export const grantExtensionAction = reviewStep(extensionInput, SECRETARIAT_ROLES, async (ctx, input) => {
  const result = await grantExtension(ctx, input);
  revalidatePath(`/states/${input.iso3.toUpperCase()}`, "layout");
  return { deadline: result.deadline.toISOString() };
});
