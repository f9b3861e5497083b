/**
 * The messages zod/mini gives for a check that names no message of its own (zod-messages.ts): a page that
 * sends only its own schemas' checks to the browser (i18n/client-messages.ts, FormChecks) sends these too.
 * Kept apart from zod-messages.ts so that the server's page code can name them without loading zod.
 */
export const ZOD_MESSAGE_KEYS = [
  "validation.required",
  "validation.invalid",
  "validation.tooShort",
  "validation.tooFew",
  "validation.atLeast",
  "validation.tooLong",
  "validation.tooMany",
  "validation.atMost",
  "validation.chooseOption",
  "validation.invalidFormat",
] as const;
