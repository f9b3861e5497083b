import { z } from "zod";
import "./zod-messages";
import { itemRefSchema } from "./submission";
import { msg } from "@/lib/i18n/message-key";

export const reviewTransitionInput = z.object({
  ...itemRefSchema.shape,
  action: z.enum(["start_review", "return", "accept", "publish"], { error: msg("validation.unknownReviewAction") }),
  /** Required when returning: it is shown to the delegation. */
  reason: z.string().trim().max(5000, msg("validation.reasonMax5000")).optional(),
});

export const commentInput = z.object({
  ...itemRefSchema.shape,
  body: z.string().trim().min(1, msg("validation.writeComment")).max(5000, msg("validation.commentMax")),
  visibility: z.enum(["internal", "delegation"], { error: msg("validation.commentVisibility") }),
});

export const assignInput = z.object({
  session: itemRefSchema.shape.session,
  /** Empty string: remove the assignment. */
  reviewerId: z.union([z.uuid(msg("validation.chooseReviewer")), z.literal("")]),
  iso3s: z.array(itemRefSchema.shape.iso3).min(1, msg("validation.chooseStates")).max(193),
  /** When given, assign only this item of each State; otherwise the whole State. */
  letter: z.optional(itemRefSchema.shape.letter),
});

export const extensionInput = z.object({
  iso3: itemRefSchema.shape.iso3,
  session: itemRefSchema.shape.session,
  /** New York wall-clock date-time, "2010-06-15T23:59" (from <input type="datetime-local">). */
  deadline: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, msg("validation.extensionDeadline")),
  reason: z.string().trim().min(3, msg("validation.extensionReason")).max(1000, msg("validation.reasonMax1000")),
});

export const queueAssignInput = z.object({
  submissionIds: z.array(z.coerce.number().int().positive()).min(1, msg("validation.tickReply")).max(1000),
  reviewerId: z.uuid(msg("validation.chooseReviewer")),
});
