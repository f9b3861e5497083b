import { z } from "zod";
import { itemRefSchema } from "./submission";

export const reviewTransitionInput = z.object({
  ...itemRefSchema.shape,
  action: z.enum(["start_review", "return", "accept", "publish"], { error: "Unknown review action." }),
  /** Required when returning: it is shown to the delegation. */
  reason: z.string().trim().max(5000, "A reason has at most 5,000 characters.").optional(),
});

export const commentInput = z.object({
  ...itemRefSchema.shape,
  body: z.string().trim().min(1, "Write the comment.").max(5000, "A comment has at most 5,000 characters."),
  visibility: z.enum(["internal", "delegation"], { error: "Choose who may read the comment." }),
});

export const assignInput = z.object({
  session: itemRefSchema.shape.session,
  /** Empty string: remove the assignment. */
  reviewerId: z.union([z.uuid("Choose a reviewer."), z.literal("")]),
  iso3s: z.array(itemRefSchema.shape.iso3).min(1, "Choose at least one State.").max(193),
  /** When given, assign only this item of each State; otherwise the whole State. */
  letter: z.optional(itemRefSchema.shape.letter),
});

export const extensionInput = z.object({
  iso3: itemRefSchema.shape.iso3,
  session: itemRefSchema.shape.session,
  /** New York wall-clock date-time, "2010-06-15T23:59" (from <input type="datetime-local">). */
  deadline: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "Give the new deadline as a date and time."),
  reason: z.string().trim().min(3, "Give the reason for the extension.").max(1000, "A reason has at most 1,000 characters."),
});

export const queueAssignInput = z.object({
  submissionIds: z.array(z.coerce.number().int().positive()).min(1, "Tick at least one reply.").max(1000),
  reviewerId: z.uuid("Choose a reviewer."),
});
