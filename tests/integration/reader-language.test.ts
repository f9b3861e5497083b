import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Connection } from "@/db/client";
import { users } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/guards";
import { makeUser } from "./factories";
import { openTestDatabase, type TestDatabase } from "./harness";

/**
 * A refusal reaches its reader in their language: the Server Action wrapper (lib/action.ts) and the
 * route wrapper (lib/route.ts) translate the catalog keys services answer with, in the language of the
 * request (the user's saved preference, else the language cookie, else Accept-Language).
 */

const request = vi.hoisted(() => ({ user: null as CurrentUser | null, cookie: null as string | null, acceptLanguage: null as string | null }));

vi.mock("@/lib/auth/guards", async () => {
  const { AppError } = await import("@/lib/errors");
  return {
    currentUser: async () => request.user,
    // The saved language comes with the session, read from the user's row as the real check reads it.
    currentSession: async () => {
      if (!request.user) return null;
      const [{ db }, { users: usersTable }, { eq: equals }] = await Promise.all([import("@/db/client"), import("@/db/schema"), import("drizzle-orm")]);
      const [row] = await db().select({ locale: usersTable.locale }).from(usersTable).where(equals(usersTable.id, request.user.id));
      return { complete: true, locale: row?.locale ?? null, sessionId: "test-session", secondFactorRequired: false, secondFactorEnrolled: false, user: request.user };
    },
    requireUser: async () => {
      if (!request.user) throw new AppError("unauthenticated");
      return request.user;
    },
  };
});
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (name === "NEXT_LOCALE" && request.cookie ? { name, value: request.cookie } : undefined) }),
  headers: async () => new Headers(request.acceptLanguage ? { "accept-language": request.acceptLanguage } : {}),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

let t: TestDatabase;
const holder = globalThis as typeof globalThis & { __trackerDb?: Connection };
let previous: Connection | undefined;
let admin: CurrentUser;
let france: CurrentUser;

function asCurrent(u: { id: string; email: string; name: string; role: CurrentUser["role"]; memberStateId: number | null }): CurrentUser {
  return { id: u.id, email: u.email, name: u.name, role: u.role, memberStateId: u.memberStateId, memberState: null };
}

beforeAll(async () => {
  t = await openTestDatabase();
  previous = holder.__trackerDb;
  holder.__trackerDb = t.conn;
  admin = asCurrent(await makeUser(t.conn.db, { role: "admin" }));
  france = asCurrent(await makeUser(t.conn.db, { role: "delegation", iso3: "FRA" }));
});
afterAll(async () => {
  holder.__trackerDb = previous;
  await t.close();
});
beforeEach(() => {
  request.user = null;
  request.cookie = null;
  request.acceptLanguage = null;
});

describe("an administrator creating an account", () => {
  const input = (email: string, extra: Record<string, unknown> = {}) => ({ email, name: "Officer", role: "delegation", stateIso3: "FRA", password: "a long enough password", ...extra });

  it("reads in French, their saved language, that the address is taken and that a State code is unknown", async () => {
    await t.conn.db.update(users).set({ locale: "fr" }).where(eq(users.id, admin.id));
    request.user = admin;
    request.acceptLanguage = "en";
    const { createUserAction } = await import("@/app/actions/admin");
    expect((await createUserAction(input("taken@mission.example"))).ok).toBe(true);

    const taken = await createUserAction(input("Taken@mission.example"));
    expect(taken).toMatchObject({ ok: false, code: "invalid", message: "Vérifiez les champs signalés.", fieldErrors: { email: ["Un compte existe déjà avec cette adresse électronique."] } });

    const unknown = await createUserAction(input("other@mission.example", { stateIso3: "XXX" }));
    expect(unknown).toMatchObject({ ok: false, fieldErrors: { stateIso3: ["Aucun État Membre n'a ce code."] } });
  });

  it("reads the same refusal in English when English is their language", async () => {
    await t.conn.db.update(users).set({ locale: "en" }).where(eq(users.id, admin.id));
    request.user = admin;
    const { createUserAction } = await import("@/app/actions/admin");
    const taken = await createUserAction(input("taken@mission.example"));
    expect(taken).toMatchObject({ ok: false, message: "Check the highlighted fields.", fieldErrors: { email: ["An account with this email address exists."] } });
  });
});

describe("the JSON API of a delegation's item", () => {
  const ROUTE = "http://127.0.0.1:3000/api/states/FRA/cycles/65/items/a";
  const post = async (body: string) => {
    const { POST } = await import("@/app/api/states/[iso3]/cycles/[session]/items/[letter]/route");
    const request = new Request(ROUTE, { method: "POST", headers: { host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000", "content-type": "application/json" }, body });
    return POST(request, { params: Promise.resolve({ iso3: "FRA", session: "65", letter: "a" }) });
  };

  it("answers a body that is not a JSON object in the language of the cookie, then of Accept-Language", async () => {
    request.user = france;
    request.cookie = "fr";
    const fr = await post("not json");
    expect(fr.status).toBe(422);
    expect(await fr.json()).toMatchObject({ error: "invalid", message: 'Envoyez un objet JSON : {"text": "…", "expectedVersion": 0}.' });

    request.cookie = null;
    request.acceptLanguage = "ar, en;q=0.5";
    const ar = await post("");
    expect(ar.status).toBe(422);
    expect((await ar.json()).message).toBe('أرسل كائن JSON: {"text": "…", "expectedVersion": 0}.');

    request.acceptLanguage = "en";
    expect((await (await post("null")).json()).message).toBe('Send a JSON object: {"text": "…", "expectedVersion": 0}.');
  });
});
