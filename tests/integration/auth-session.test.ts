import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Connection } from "@/db/client";
import { appSettings, authSessions, users } from "@/db/schema";
import { endSession, openSession, SESSION_IDLE_SETTING } from "@/lib/auth/sessions";
import { encode } from "next-auth/jwt";
import { currentSession } from "@/lib/auth/guards";
import { SECURE_SESSION_COOKIE, SESSION_COOKIE, sessionClaims } from "@/lib/auth/claims";
import { makeUser } from "./factories";
import { openTestDatabase, type TestDatabase } from "./harness";

/**
 * The session cookie is Auth.js's real encrypted cookie, made here with its own `encode`, and read by
 * the real guards (lib/auth/claims.ts, lib/auth/guards.ts) against the real database.
 * /api/auth/session reports what the database says now, not the cookie's claims: the cookie still
 * names the user after they are disabled, and the route must answer no session.
 */
const SECRET = "test-secret-of-the-session-cookie-0123456789";
const request = vi.hoisted(() => ({ headers: new Headers() }));

vi.mock("next/headers", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/headers")>()),
  headers: async () => request.headers,
}));
vi.mock("@/lib/auth", () => ({
  handlers: { GET: async () => new Response(null, { status: 204 }), POST: async () => new Response(null, { status: 204 }) },
  signIn: async () => undefined,
  signOut: async () => undefined,
}));

interface CookieOptions {
  name?: string;
  secret?: string;
  maxAge?: number;
}

/** Auth.js's session cookie for these claims, as its sign-in sets it. */
async function sessionCookie(claims: Record<string, unknown>, { name = SESSION_COOKIE, secret = SECRET, maxAge = 3600 }: CookieOptions = {}) {
  return `${name}=${await encode({ token: claims, secret, salt: name, maxAge })}`;
}

function sendHeaders(init: Record<string, string>) {
  request.headers = new Headers(init);
}

let t: TestDatabase;
const holder = globalThis as typeof globalThis & { __trackerDb?: Connection };
let previous: Connection | undefined;
let previousSecret: string | undefined;
beforeAll(async () => {
  previousSecret = process.env.AUTH_SECRET;
  process.env.AUTH_SECRET = SECRET;
  t = await openTestDatabase();
  previous = holder.__trackerDb;
  holder.__trackerDb = t.conn;
});
afterAll(async () => {
  process.env.AUTH_SECRET = previousSecret;
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
  const claims = { uid: user.id, sid, sessionVersion: 1, role: "delegation", memberStateId: user.memberStateId, name: user.name, email: user.email };
  sendHeaders({ cookie: await sessionCookie(claims) });
  return { user, sid, claims };
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

describe("the session cookie (lib/auth/claims.ts)", () => {
  it("reads the claims of Auth.js's cookie, over HTTP and over HTTPS", async () => {
    const { user, sid, claims } = await signedIn();
    expect(await sessionClaims()).toEqual({ id: user.id, sid, sessionVersion: 1 });
    sendHeaders({ cookie: `lang=fr; ${await sessionCookie(claims, { name: SECURE_SESSION_COOKIE })}` });
    expect(await sessionClaims()).toEqual({ id: user.id, sid, sessionVersion: 1 });
  });

  it("refuses a cookie encrypted with another secret, tampered with, expired or named for the other scheme", async () => {
    const { claims } = await signedIn();
    const forged = [
      await sessionCookie(claims, { secret: "another-secret-another-secret-another-secret" }),
      (await sessionCookie(claims)).slice(0, -4) + "AAAA",
      await sessionCookie(claims, { maxAge: -60 }),
      // Encrypted for the plain name but sent under the secure one: the name is the key's salt.
      `${SECURE_SESSION_COOKIE}=${(await sessionCookie(claims)).split("=")[1]}`,
    ];
    for (const cookie of forged) {
      sendHeaders({ cookie });
      expect(await sessionClaims()).toBeNull();
      expect(await session()).toBeNull();
    }
  });

  it("answers a cookie read before from memory only under the secret that decrypted it", async () => {
    const { user, sid } = await signedIn();
    expect(await sessionClaims()).toEqual({ id: user.id, sid, sessionVersion: 1 });
    process.env.AUTH_SECRET = "another-secret-another-secret-another-secret";
    try {
      expect(await sessionClaims()).toBeNull();
    } finally {
      process.env.AUTH_SECRET = SECRET;
    }
    expect(await sessionClaims()).toEqual({ id: user.id, sid, sessionVersion: 1 });
    // The session record is asked on every request, cached cookie or not.
    await endSession(t.conn.db, sid);
    expect(await sessionClaims()).not.toBeNull();
    expect(await currentSession()).toBeNull();
  });

  it("takes no session from an Authorization header, only from the cookie", async () => {
    const { claims } = await signedIn();
    const token = (await sessionCookie(claims)).split("=")[1];
    sendHeaders({ authorization: `Bearer ${token}` });
    expect(await sessionClaims()).toBeNull();
  });

  it("refuses claims of an older password (session version) though the cookie is genuine", async () => {
    const { claims } = await signedIn();
    sendHeaders({ cookie: await sessionCookie({ ...claims, sessionVersion: 0 }) });
    expect(await sessionClaims()).not.toBeNull();
    expect(await currentSession()).toBeNull();
  });

  it("answers no session when the server has no secret", async () => {
    await signedIn();
    process.env.AUTH_SECRET = "";
    try {
      expect(await sessionClaims()).toBeNull();
    } finally {
      process.env.AUTH_SECRET = SECRET;
    }
  });
});

describe("the session check reads the settings in the same statement as the user", () => {
  it("ends a session idle longer than the setting allows, and keeps one within it", async () => {
    await t.conn.db.insert(appSettings).values({ key: SESSION_IDLE_SETTING, value: 15 }).onConflictDoUpdate({ target: appSettings.key, set: { value: 15 } });
    try {
      const { sid } = await signedIn();
      await t.conn.db.update(authSessions).set({ lastSeenAt: new Date(Date.now() - 10 * 60_000) }).where(eq(authSessions.id, sid));
      expect((await currentSession())?.sessionId).toBe(sid);
      await t.conn.db.update(authSessions).set({ lastSeenAt: new Date(Date.now() - 20 * 60_000) }).where(eq(authSessions.id, sid));
      expect(await currentSession()).toBeNull();
      const [ended] = await t.conn.db.select({ endedAt: authSessions.endedAt }).from(authSessions).where(eq(authSessions.id, sid));
      expect(ended?.endedAt).not.toBeNull();
    } finally {
      await t.conn.db.delete(appSettings).where(eq(appSettings.key, SESSION_IDLE_SETTING));
    }
  });
});
