import type { Executor } from "./client";

/**
 * A statement that pages run on every request, built once per database and kept. Drizzle builds a query's
 * text anew on each call otherwise: for a select of a few joined tables, a few tenths of a millisecond of the
 * request's thread, every time. What changes from call to call is a placeholder (`sql.placeholder("name")`),
 * filled in by `.execute({ name })`.
 *
 * A statement is kept for the executor it was built for: one built for the database runs on its own
 * connections; given a transaction, it is built for that transaction and runs in it.
 */
export function keptStatement<S>(build: (db: Executor) => S): (db: Executor) => S {
  const kept = new WeakMap<Executor, S>();
  return (db) => {
    let statement = kept.get(db);
    if (statement === undefined) kept.set(db, (statement = build(db)));
    return statement;
  };
}
