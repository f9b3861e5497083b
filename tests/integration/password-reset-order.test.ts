import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { passwordResetTokens, users } from "@/db/schema";
import { createResetLink, resetPassword } from "@/lib/admin/users";
import { hashPassword } from "@/lib/auth/password";
import { makeUser } from "./factories";
import { openTestDatabase, type TestDatabase } from "./harness";

/**
 * A guessed reset token must cost the server nothing: the token is looked up before the password
 * is hashed (argon2id, deliberately slow). The hash function is watched through its module; it
 * still hashes for real.
 */
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/auth/password")>();
  return { ...real, hashPassword: vi.fn(real.hashPassword) };
});

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => t?.close());
beforeEach(() => {
  vi.mocked(hashPassword).mockClear();
});

const NEW_PASSWORD = "a brand new password 62/17";
const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

async function linkFor(userId: string) {
  const admin = await makeUser(t.conn.db, { role: "admin" });
  return createResetLink({ db: t.conn.db, actor: { id: admin.id, role: "admin", memberStateId: null }, now: new Date() }, { userId });
}

describe("password reset", () => {
  it("refuses an unknown token without hashing the new password", async () => {
    await expect(resetPassword(t.conn.db, { token: "guessed-token-that-matches-nothing-at-all", password: NEW_PASSWORD })).rejects.toThrow(/serverErrors\.admin\.resetLinkSpent/);
    expect(hashPassword).not.toHaveBeenCalled();
  });

  it("refuses an expired token without hashing", async () => {
    const user = await makeUser(t.conn.db, { role: "delegation", iso3: "FRA" });
    const { token } = await linkFor(user.id);
    await t.conn.db.update(passwordResetTokens).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(passwordResetTokens.tokenHash, sha256(token)));
    vi.mocked(hashPassword).mockClear();
    await expect(resetPassword(t.conn.db, { token, password: NEW_PASSWORD })).rejects.toThrow(/serverErrors\.admin\.resetLinkSpent/);
    expect(hashPassword).not.toHaveBeenCalled();
  });

  it("hashes once for a valid token, and not again when the spent token is replayed", async () => {
    const user = await makeUser(t.conn.db, { role: "delegation", iso3: "FRA" });
    const { token } = await linkFor(user.id);
    vi.mocked(hashPassword).mockClear();
    await expect(resetPassword(t.conn.db, { token, password: NEW_PASSWORD })).resolves.toEqual({ userId: user.id });
    expect(hashPassword).toHaveBeenCalledTimes(1);
    const [row] = await t.conn.db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, user.id));
    expect(row!.hash).toMatch(/^\$argon2id\$/);

    vi.mocked(hashPassword).mockClear();
    await expect(resetPassword(t.conn.db, { token, password: NEW_PASSWORD })).rejects.toThrow(/serverErrors\.admin\.resetLinkSpent/);
    expect(hashPassword).not.toHaveBeenCalled();
  });
});
