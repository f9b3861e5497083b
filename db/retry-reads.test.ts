import { describe, expect, it } from "vitest";
import { isReadOnlyStatement } from "./retry-reads";

describe("isReadOnlyStatement", () => {
  it("takes drizzle's selects and read-only common table expressions as reads", () => {
    expect(isReadOnlyStatement('select "id", "updated_at", "deleted_at" from "submissions" where "id" = $1')).toBe(true);
    expect(isReadOnlyStatement('  WITH "x" as (select 1) select * from "x"')).toBe(true);
  });

  it("never takes a statement that may change something for a read", () => {
    for (const text of [
      'insert into "audit_events" ("kind") values ($1)',
      'update "submissions" set "body" = $1',
      'delete from "sessions" where "id" = $1',
      'with "moved" as (update "submissions" set "status" = $1 returning "id") select * from "moved"',
      'select * from "submissions" where "id" = $1 for update',
      'select * from "submissions" for share',
      "select nextval('revisions_id_seq')",
      "select pg_advisory_xact_lock(42)",
      "select pg_notify('outbox', '')",
      "begin",
    ]) {
      expect(isReadOnlyStatement(text), text).toBe(false);
    }
  });
});
