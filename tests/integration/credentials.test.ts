import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { users } from "@/db/schema";
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

  it("throttles an account after repeated failures, then lets it in when the window has passed", async () => {
    const user = await makeUser(t.conn.db, { role: "admin", password: PASSWORD });
    const start = new Date("2030-01-01T00:00:00Z");
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      await checkCredentials(t.conn.db, { email: user.email, password: `wrong-${i}`, ip: `10.1.0.${i}` }, start);
    }
    // Even the right password is refused while throttled, from any address.
    expect(await checkCredentials(t.conn.db, { email: user.email, password: PASSWORD, ip: "10.9.9.9" }, start)).toEqual({
      ok: false,
      reason: "throttled",
    });
    // Another account is not affected.
    const other = await makeUser(t.conn.db, { role: "admin", password: PASSWORD });
    expect((await checkCredentials(t.conn.db, { email: other.email, password: PASSWORD, ip: "10.9.9.9" }, start)).ok).toBe(true);
    const later = new Date(start.getTime() + THROTTLE_WINDOW_MS + 1000);
    expect((await checkCredentials(t.conn.db, { email: user.email, password: PASSWORD, ip: "10.9.9.9" }, later)).ok).toBe(true);
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
