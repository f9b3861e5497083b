// zod/mini: the same zod, tree-shakable, so the editor's first load stays light (bench/first-load-js.ts).
import * as z from "zod/mini";
import { LANGUAGES, MAX_REPLY_CHARS } from "@/lib/languages";

export { LANGUAGE_NAMES, LANGUAGES, MAX_REPLY_CHARS, NIL_REPLY_TEXT, type Language } from "@/lib/languages";

const NOT_EMPTY = "Write your State's views, or tick “nil reply” to say it has no views on this item at this time.";

/** The fields an officer edits; shared by the editor (zodResolver) and the server. */
export const replySchema = z.object({
  body: z
    .string({ error: "The reply must be text." })
    .check(z.maxLength(MAX_REPLY_CHARS, `A reply has at most ${MAX_REPLY_CHARS.toLocaleString("en")} characters. Shorten it, or send the rest under another item.`)),
  language: z.enum(LANGUAGES, { error: "Choose the language of the original: one of the six official languages." }),
  isNilReply: z.boolean({ error: "Say whether this is a nil reply." }),
  publication: z.enum(["public", "restricted"], { error: "Choose public or restricted publication." }),
});
export type ReplyFields = z.infer<typeof replySchema>;

const saysSomething = (r: { isNilReply: boolean; body: string }) => r.isNilReply || r.body.trim().length > 0;

/** A reply can be sent when it says something, or says explicitly that it has nothing to say. */
export const submittableReplySchema = replySchema.check(z.refine(saysSomething, { path: ["body"], message: NOT_EMPTY }));

export const itemRefSchema = z.object({
  iso3: z.string().check(z.regex(/^[A-Za-z]{3}$/, "Not a Member State code.")),
  session: z.coerce.number().check(z.int(), z.minimum(1), z.maximum(999)),
  letter: z.string().check(z.regex(/^[a-z]$/, "Not an item letter.")),
});
export type ItemRef = z.infer<typeof itemRefSchema>;

const expectedVersion = z.number({ error: "Missing version." }).check(z.int(), z.minimum(0));

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
    .check(z.minLength(1, "Choose at least one item to submit."), z.maxLength(26)),
});
