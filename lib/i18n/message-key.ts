/**
 * A message that crosses a boundary as a string (a zod issue, an AppError, a field error) but is
 * translated where it reaches the reader: `msg("serverErrors.unknownUser")` or
 * `msg("serverErrors.seatsFilled", { seats: 15 })`. The key is a full catalog path
 * (namespace.key); values are ICU arguments. lib/action.ts and lib/route.ts translate them into the
 * request's language; components/ui/field.tsx translates those a form's own zod check produces.
 * A plain string (not made by `msg`) passes through unchanged.
 */
const MARK = "\u2063i18n:";

export type MessageValues = Record<string, string | number>;

export function msg(key: string, values?: MessageValues): string {
  return values ? `${MARK}${key}${JSON.stringify(values)}` : `${MARK}${key}`;
}

export function parseMessage(text: string): { key: string; values?: MessageValues } | null {
  if (!text.startsWith(MARK)) return null;
  const rest = text.slice(MARK.length);
  const brace = rest.indexOf("{");
  if (brace < 0) return { key: rest };
  try {
    return { key: rest.slice(0, brace), values: JSON.parse(rest.slice(brace)) as MessageValues };
  } catch {
    return { key: rest.slice(0, brace) };
  }
}

export function isMessageKey(text: string | undefined): boolean {
  return typeof text === "string" && text.startsWith(MARK);
}

/** A translator over the whole catalog (`t("namespace.key", values)`), e.g. from createTranslator or useTranslations(). */
export type RootTranslator = (key: string, values?: MessageValues) => string;

/** The text of a message in the translator's language: keyed messages translated, plain ones as they are. */
export function translateMessage(t: RootTranslator, text: string): string {
  const parsed = parseMessage(text);
  if (!parsed) return text;
  return t(parsed.key, parsed.values);
}

/** Every message of a field-error map, translated. */
export function translateFieldErrors(t: RootTranslator, fieldErrors: Record<string, string[] | undefined> | undefined): Record<string, string[] | undefined> | undefined {
  if (!fieldErrors) return fieldErrors;
  return Object.fromEntries(Object.entries(fieldErrors).map(([name, messages]) => [name, messages?.map((m) => translateMessage(t, m))]));
}
