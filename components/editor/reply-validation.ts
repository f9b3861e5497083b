import { zodResolver } from "@hookform/resolvers/zod";
import type { Resolver } from "react-hook-form";
import { flattenError } from "zod/mini";
import { replySchema, submittableReplySchema, type ReplyFields } from "@/lib/validation/submission";

/**
 * The editor's validation: the zod schemas the server uses, loaded by the editor on first use (see
 * item-editor.tsx), so that zod's core (about 38 KB compressed) is not on a slow link's critical path.
 */
export const replyResolver: Resolver<ReplyFields> = zodResolver(replySchema);

/** The fields as the server would take them for a draft, or null when they would be refused. */
export function draftFields(values: ReplyFields): ReplyFields | null {
  const parsed = replySchema.safeParse(values);
  return parsed.success ? parsed.data : null;
}

/** Why the reply cannot be sent yet, field by field, or null when it can. */
export function submitProblems(values: ReplyFields): ReturnType<typeof flattenError> | null {
  const check = submittableReplySchema.safeParse(values);
  return check.success ? null : flattenError(check.error);
}
