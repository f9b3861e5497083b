import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginAttempts, users } from "@/db/schema";
import { checkCredentials, MAX_FAILURES_PER_ACCOUNT, THROTTLE_WINDOW_MS } from "@/lib/auth/credentials";
import { makeUser } from "./factories";
import { openTestDatabase, type TestDatabase } from "./harness";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => t?.close());

const PASSWORD = "correct horse battery staple";

describe("checkCredentials", () => {
  it("accepts the right password, whatever the case of the email", async () => {
    const user = await makeUser(t.conn.db, { role: "delegation", iso3: "FRA", password: PASSWORD });
    const result = await checkCredentials(t.conn.db, { email: ` ${user.email.toUpperCase()} `, password: PASSWORD, ip: "10.0.0.1" });
    expect(result).toMatchObject({ ok: true, user: { id: user.id, role: "delegation", memberStateId: user.memberStateId } });
  });

  it("refuses a wrong password and a missing account alike", async () => {
    const user = await makeUser(t.conn.db, { role: "reviewer", password: PASSWORD });
    expect(await checkCredentials(t.conn.db, { email: user.email, password: "wrong", ip: "10.0.0.2" })).toEqual({ ok: false, reason: "invalid" });
    expect(await checkCredentials(t.conn.db, { email: "nobody@nowhere.example", password: PASSWORD, ip: "10.0.0.2" })).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("refuses a disabled account even with the right password", async () => {
    const user = await makeUser(t.conn.db, { role: "reviewer", password: PASSWORD, disabled: true });
    expect(await checkCredentials(t.conn.db, { email: user.email, password: PASSWORD, ip: "10.0.0.3" })).toEqual({ ok: false, reason: "invalid" });
  });

  it("throttles an account at one address after repeated failures, not the officer at hers, and lets it in when the window has passed", async () => {
    const user = await makeUser(t.conn.db, { role: "admin", password: PASSWORD });
    const start = new Date("2030-01-01T00:00:00Z");
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      await checkCredentials(t.conn.db, { email: user.email, password: `wrong-${i}`, ip: "10.1.0.1" }, start);
    }
    // Even the right password is refused from the guessing address while throttled.
    expect(await checkCredentials(t.conn.db, { email: user.email, password: PASSWORD, ip: "10.1.0.1" }, start)).toEqual({ ok: false, reason: "throttled" });
    // The officer at her own address is not locked out by someone else's guesses.
    expect((await checkCredentials(t.conn.db, { email: user.email, password: PASSWORD, ip: "10.9.9.9" }, start)).ok).toBe(true);
    // Another account is not affected.
    const other = await makeUser(t.conn.db, { role: "admin", password: PASSWORD });
    expect((await checkCredentials(t.conn.db, { email: other.email, password: PASSWORD, ip: "10.1.0.1" }, start)).ok).toBe(true);
    const later = new Date(start.getTime() + THROTTLE_WINDOW_MS + 1000);
    expect((await checkCredentials(t.conn.db, { email: user.email, password: PASSWORD, ip: "10.1.0.1" }, later)).ok).toBe(true);
  });

  it("counts parallel attempts one by one: 15 at once get exactly 5 password checks", async () => {
    const user = await makeUser(t.conn.db, { role: "reviewer", password: PASSWORD });
    const at = new Date("2032-01-01T00:00:00Z");
    const results = await Promise.all(
      Array.from({ length: 15 }, (_, i) => checkCredentials(t.conn.db, { email: user.email, password: `wrong-${i}`, ip: "203.0.113.50" }, at)),
    );
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(MAX_FAILURES_PER_ACCOUNT);
    expect(results.filter((r) => !r.ok && r.reason === "throttled")).toHaveLength(15 - MAX_FAILURES_PER_ACCOUNT);
    const checked = await t.conn.db.select().from(loginAttempts).where(eq(loginAttempts.userId, user.id));
    expect(checked).toHaveLength(MAX_FAILURES_PER_ACCOUNT);
  });

  it("slows a persistent guesser more and more: the next window after a locked one is twice as long", async () => {
    const user = await makeUser(t.conn.db, { role: "reviewer", password: PASSWORD });
    const start = new Date("2033-01-01T00:00:00Z");
    const attempt = (at: Date, password = "wrong") => checkCredentials(t.conn.db, { email: user.email, password, ip: "203.0.113.60" }, at);
    for (let i = 0; i < 6; i++) await attempt(start);
    // Window 1 over: the guesser tries again and is locked again, now for two windows.
    const second = new Date(start.getTime() + THROTTLE_WINDOW_MS + 1000);
    for (let i = 0; i < 6; i++) await attempt(second);
    const afterOneWindow = new Date(second.getTime() + THROTTLE_WINDOW_MS + 1000);
    expect(await attempt(afterOneWindow, PASSWORD)).toEqual({ ok: false, reason: "throttled" });
    const afterTwoWindows = new Date(second.getTime() + 2 * THROTTLE_WINDOW_MS + 1000);
    expect((await attempt(afterTwoWindows, PASSWORD)).ok).toBe(true);
  });

  it("throttles one address that tries many accounts", async () => {
    const at = new Date("2031-01-01T00:00:00Z");
    for (let i = 0; i < 50; i++) {
      await checkCredentials(t.conn.db, { email: `guess${i}@x.example`, password: "x", ip: "192.0.2.77" }, at);
    }
    const user = await makeUser(t.conn.db, { role: "reviewer", password: PASSWORD });
    expect(await checkCredentials(t.conn.db, { email: user.email, password: PASSWORD, ip: "192.0.2.77" }, at)).toEqual({ ok: false, reason: "throttled" });
    expect((await checkCredentials(t.conn.db, { email: user.email, password: PASSWORD, ip: "192.0.2.78" }, at)).ok).toBe(true);
  });

  it("stores only an argon2id hash", async () => {
    const user = await makeUser(t.conn.db, { role: "reviewer", password: PASSWORD });
    const [row] = await t.conn.db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, user.id));
    expect(row!.hash).toMatch(/^\$argon2id\$/);
    expect(row!.hash).not.toContain(PASSWORD);
  });
});
