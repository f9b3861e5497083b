/** The largest value of a PostgreSQL `integer` (int4) column: every numeric id and session number of the schema. */
export const INT4_MAX = 2_147_483_647;

/**
 * Parses a whole number from a route parameter or query value: decimal digits only (no sign,
 * exponent, hex, spaces or leading "+"), within the column's range. Anything else is null, which
 * the caller answers with 404 (route parameters) or 400 (query values) — never a database error.
 */
export function parseIntParam(raw: string | null | undefined, { min = 1, max = INT4_MAX }: { min?: number; max?: number } = {}): number | null {
  if (typeof raw !== "string" || !/^\d{1,16}$/.test(raw)) return null;
  const n = Number(raw);
  return Number.isSafeInteger(n) && n >= min && n <= max ? n : null;
}
