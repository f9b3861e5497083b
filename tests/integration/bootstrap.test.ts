import { count, eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { connectPglite, type Connection } from "@/db/client";
import { memberStates, users } from "@/db/schema";
import { bootstrap } from "@/lib/bootstrap";
import type { Env } from "@/lib/env";

const base: Env = {
  NODE_ENV: "production",
  DATABASE_POOL_MAX: 10,
  PGLITE_DATA_DIR: ".data/pglite",
  TRACKER_DEMO_DATA: "0",
  TRUSTED_PROXIES: 0,
  MAIL_FROM: "x <x@y.example>",
  APP_URL: "http://localhost:3000",
  REMINDER_INTERVAL_MINUTES: 0,
};

let conn: Connection | undefined;
afterEach(async () => {
  await conn?.close();
  conn = undefined;
});

describe("bootstrap", () => {
  it("refuses to start in production without AUTH_SECRET", async () => {
    conn = connectPglite();
    await expect(bootstrap(conn, { ...base, DATABASE_URL: "postgres://x@127.0.0.1/y" })).rejects.toThrow(/AUTH_SECRET is not set/);
  });

  it("migrates and seeds an empty database, and creates no demo account in production", async () => {
    conn = connectPglite();
    const result = await bootstrap(conn, { ...base, DATABASE_URL: "postgres://x@127.0.0.1/y", AUTH_SECRET: "s".repeat(40) });
    expect(result).toMatchObject({ seeded: true, demoLogins: [] });
    expect((await conn.db.select({ n: count() }).from(memberStates))[0]!.n).toBe(193);
    expect((await conn.db.select({ n: count() }).from(users))[0]!.n).toBe(0);
    // A second start changes nothing.
    expect(await bootstrap(conn, { ...base, DATABASE_URL: "postgres://x@127.0.0.1/y", AUTH_SECRET: "s".repeat(40) })).toMatchObject({ seeded: false });
  });

  it("creates the demo accounts outside production, once", async () => {
    conn = connectPglite();
    const demo = { ...base, NODE_ENV: "development" as const };
    const result = await bootstrap(conn, demo);
    expect(result.demoLogins.map((l) => l.email)).toContain("france@demo.test");
    await bootstrap(conn, demo);
    const [france] = await conn.db.select().from(users).where(eq(users.email, "france@demo.test"));
    expect(france).toMatchObject({ role: "delegation", isDemo: true });
    expect((await conn.db.select({ n: count() }).from(users))[0]!.n).toBe(result.demoLogins.length);
  });
});
