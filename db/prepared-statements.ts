import type postgres from "postgres";

/**
 * Drizzle sends every statement through postgres.js's `unsafe`, and asks it not to prepare unless the
 * statement was given a name (`.prepare("name")`), which postgres.js does not use anyway: a
 * statement with parameters then costs two round trips each time (Parse and Describe, wait for the
 * answer, then Bind and Execute) and PostgreSQL parses and plans it again. Prepared, it is parsed once
 * per connection and then costs one round trip. postgres.js keeps a connection's statements by their
 * text and types, drops them when the connection ends (`max_lifetime` renews each connection within an
 * hour, so statements whose text varies do not pile up), and prepares again by itself a statement that a
 * schema change invalidated. A transaction's statements, and a savepoint's, are prepared too.
 */
export function preparingStatements<T extends postgres.Sql | postgres.TransactionSql>(client: T): T {
  const unsafe = ((text: string, params?: postgres.ParameterOrJSON<never>[], options?: postgres.UnsafeQueryOptions) =>
    client.unsafe(text, params, { ...options, prepare: true })) as T["unsafe"];
  const inside =
    (method: "begin" | "savepoint") =>
    (...args: unknown[]) => {
      const body = args.pop() as (sql: postgres.TransactionSql) => unknown;
      return (client as unknown as Record<string, (...a: unknown[]) => unknown>)[method]!(...args, (sql: postgres.TransactionSql) => body(preparingStatements(sql)));
    };
  const begin = inside("begin");
  const savepoint = inside("savepoint");
  return new Proxy(client, {
    get: (target, key, receiver) => (key === "unsafe" ? unsafe : key === "begin" ? begin : key === "savepoint" ? savepoint : Reflect.get(target, key, receiver)),
  });
}
