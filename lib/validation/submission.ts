import { z } from "zod";

/** About 4,500 words: longer than any single reply reproduced in the reports of 2008–2010. */
export const MAX_REPLY_CHARS = 30_000;

export const LANGUAGES = ["ar", "zh", "en", "fr", "ru", "es"] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_NAMES: Record<Language, string> = {
  ar: "Arabic",
  zh: "Chinese",
  en: "English",
  fr: "French",
  ru: "Russian",
  es: "Spanish",
};

export const NIL_REPLY_TEXT = "No views on this item at this time.";

/** The fields an officer edits; shared by the editor (zodResolver) and the server. */
export const replySchema = z.object({
  body: z
    .string({ error: "The reply must be text." })
    .max(MAX_REPLY_CHARS, `A reply has at most ${MAX_REPLY_CHARS.toLocaleString("en")} characters. Shorten it, or send the rest under another item.`),
  language: z.enum(LANGUAGES, { error: "Choose the language of the original: one of the six official languages." }),
  isNilReply: z.boolean({ error: "Say whether this is a nil reply." }),
  publication: z.enum(["public", "restricted"], { error: "Choose public or restricted publication." }),
});
export type ReplyFields = z.infer<typeof replySchema>;

/** A reply can be sent when it says something, or says explicitly that it has nothing to say. */
export const submittableReplySchema = replySchema.refine((r) => r.isNilReply || r.body.trim().length > 0, {
  path: ["body"],
  message: "Write your State's views, or tick “nil reply” to say it has no views on this item at this time.",
});

export const itemRefSchema = z.object({
  iso3: z.string().regex(/^[A-Za-z]{3}$/, "Not a Member State code."),
  session: z.coerce.number().int().min(1).max(999),
  letter: z.string().regex(/^[a-z]$/, "Not an item letter."),
});
export type ItemRef = z.infer<typeof itemRefSchema>;

const expectedVersion = z.number({ error: "Missing version." }).int().min(0);

export const saveDraftInput = itemRefSchema.extend({ ...replySchema.shape, expectedVersion });
export const submitInput = itemRefSchema.extend({ ...replySchema.shape, expectedVersion }).refine((r) => r.isNilReply || r.body.trim().length > 0, {
  path: ["body"],
  message: "Write your State's views, or tick “nil reply” to say it has no views on this item at this time.",
});
export const withdrawInput = itemRefSchema.extend({ expectedVersion });
export const restoreInput = itemRefSchema.extend({ revisionId: z.number().int().positive(), expectedVersion });
export const submitManyInput = z.object({
  iso3: itemRefSchema.shape.iso3,
  session: itemRefSchema.shape.session,
  items: z
    .array(z.object({ letter: itemRefSchema.shape.letter, expectedVersion }))
    .min(1, "Choose at least one item to submit.")
    .max(26),
});
