import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Connection } from "@/db/client";
import { users } from "@/db/schema";
import { endSession, openSession } from "@/lib/auth/sessions";
import { makeUser } from "./factories";
import { openTestDatabase, type TestDatabase } from "./harness";

/**
 * /api/auth/session reports what the database says now, not the cookie's claims: the cookie
 * (Auth.js's decoded JWT, stood in for here) still names the user after they are disabled, and the
 * route must answer no session. The guards and the database are the real ones.
 */
const cookie = vi.hoisted(() => ({ claims: null as null | { id: string; sid: string; sessionVersion: number; name: string; email: string; role: string } }));

vi.mock("@/lib/auth", () => ({
  auth: async () => (cookie.claims ? { user: cookie.claims, expires: new Date(Date.now() + 3600_000).toISOString() } : null),
  handlers: { GET: async () => new Response(null, { status: 204 }), POST: async () => new Response(null, { status: 204 }) },
  signIn: async () => undefined,
  signOut: async () => undefined,
}));

let t: TestDatabase;
const holder = globalThis as typeof globalThis & { __trackerDb?: Connection };
let previous: Connection | undefined;
beforeAll(async () => {
  t = await openTestDatabase();
  previous = holder.__trackerDb;
  holder.__trackerDb = t.conn;
});
afterAll(async () => {
  holder.__trackerDb = previous;
  await t?.close();
});

async function session() {
  const { GET } = await import("@/app/api/auth/[...nextauth]/route");
  const res = await GET(new Request("http://127.0.0.1:3000/api/auth/session", { headers: { host: "127.0.0.1:3000" } }), undefined as never);
  expect(res.status).toBe(200);
  return res.json() as Promise<{ user: { email: string } } | null>;
}

async function signedIn() {
  const user = await makeUser(t.conn.db, { role: "delegation", iso3: "FRA" });
  const sid = await openSession(t.conn.db, { userId: user.id, ip: "203.0.113.5", userAgent: "test", secondFactorDone: true });
  cookie.claims = { id: user.id, sid, sessionVersion: 1, name: user.name, email: user.email, role: "delegation" };
  return { user, sid };
}

describe("/api/auth/session", () => {
  it("names a signed-in user whose account and session are live", async () => {
    const { user } = await signedIn();
    expect(await session()).toEqual({ user: { name: user.name, email: user.email, role: "delegation" } });
  });

  it("answers null for a disabled user, though the cookie still names them", async () => {
    const { user } = await signedIn();
    expect((await session())?.user.email).toBe(user.email);
    await t.conn.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, user.id));
    expect(await session()).toBeNull();
  });

  it("answers null once the session is ended on the server", async () => {
    const { sid } = await signedIn();
    await endSession(t.conn.db, sid);
    expect(await session()).toBeNull();
  });
});
