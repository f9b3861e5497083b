// zod/mini: the same zod, tree-shakable, so the editor's first load stays light (bench/first-load-js.ts).
import * as z from "zod/mini";
import "./zod-messages";
import { LANGUAGES, MAX_REPLY_CHARS } from "@/lib/languages";
import { msg } from "@/lib/i18n/message-key";

export { LANGUAGE_NAMES, LANGUAGES, MAX_REPLY_CHARS, NIL_REPLY_TEXT, type Language } from "@/lib/languages";

const NOT_EMPTY = msg("validation.replyEmpty");

/** The fields an officer edits; shared by the editor (zodResolver) and the server. */
export const replySchema = z.object({
  body: z
    .string({ error: msg("validation.replyText") })
    .check(z.maxLength(MAX_REPLY_CHARS, msg("validation.replyTooLong", { max: MAX_REPLY_CHARS }))),
  language: z.enum(LANGUAGES, { error: msg("validation.replyLanguage") }),
  isNilReply: z.boolean({ error: msg("validation.nilReplyFlag") }),
  publication: z.enum(["public", "restricted"], { error: msg("validation.publication") }),
});
export type ReplyFields = z.infer<typeof replySchema>;

/**
 * The messages the editor's own checks (replySchema, submittableReplySchema) name: what its page sends to
 * the browser in place of every form's (components/client-messages.tsx `forms`), with zod's own.
 */
export const REPLY_FORM_CHECKS = ["validation.replyText", "validation.replyTooLong", "validation.replyLanguage", "validation.nilReplyFlag", "validation.publication", "validation.replyEmpty"] as const;

const saysSomething = (r: { isNilReply: boolean; body: string }) => r.isNilReply || r.body.trim().length > 0;

/** A reply can be sent when it says something, or says explicitly that it has nothing to say. */
export const submittableReplySchema = replySchema.check(z.refine(saysSomething, { path: ["body"], message: NOT_EMPTY }));

export const itemRefSchema = z.object({
  iso3: z.string().check(z.regex(/^[A-Za-z]{3}$/, msg("validation.notStateCode"))),
  session: z.coerce.number().check(z.int(), z.minimum(1), z.maximum(999)),
  letter: z.string().check(z.regex(/^[a-z]$/, msg("validation.notItemLetter"))),
});
export type ItemRef = z.infer<typeof itemRefSchema>;

const expectedVersion = z.number({ error: msg("validation.missingVersion") }).check(z.int(), z.minimum(0));

/** `newRevision`: after a conflict, the kept text starts a revision of its own (the other text stays in the history). */
export const saveDraftInput = z.extend(itemRefSchema, { ...replySchema.shape, expectedVersion, newRevision: z.optional(z.boolean()) });
export const submitInput = saveDraftInput.check(z.refine(saysSomething, { path: ["body"], message: NOT_EMPTY }));
export const withdrawInput = z.extend(itemRefSchema, { expectedVersion });
export const restoreInput = z.extend(itemRefSchema, { revisionId: z.number().check(z.int(), z.positive()), expectedVersion });
export const submitManyInput = z.object({
  iso3: itemRefSchema.shape.iso3,
  session: itemRefSchema.shape.session,
  items: z
    .array(z.object({ letter: itemRefSchema.shape.letter, expectedVersion }))
    .check(z.minLength(1, msg("validation.chooseItems")), z.maxLength(26)),
});
