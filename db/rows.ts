/** The rows of `db.execute(...)`: postgres.js returns them as an array, PGlite as `{ rows }`. */
export function executedRows<T>(result: unknown): T[] {
  return Array.isArray(result) ? (result as T[]) : (result as { rows: T[] }).rows;
}
