/** The six official languages of the United Nations (ISO 639-1), in the order the UN lists them. */
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

/** About 4,500 words: longer than any single reply reproduced in the reports of 2008–2010. */
export const MAX_REPLY_CHARS = 30_000;
