import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Connection } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/guards";
import { openTestDatabase, type TestDatabase } from "./harness";
import { makeUser, stateByIso3 } from "./factories";

/**
 * Every route handler under app/ (found on the file system), tried by each kind of intruder against
 * the real database: a signed-out visitor, another State's delegation, a focal point of another
 * Mission, a reviewer where an administrator is needed, and a page of another origin for every
 * state-changing method. A new route.ts without an entry in ROUTES fails the first test.
 * (Pages are swept the same way in e2e/security.spec.ts; Server Actions in action-roles.test.ts.)
 */

const signedIn = vi.hoisted(() => ({ user: null as CurrentUser | null }));

vi.mock("@/lib/auth/guards", async () => {
  const { AppError } = await import("@/lib/errors");
  const { canViewState } = await import("@/lib/permissions");
  const requireUser = async () => {
    if (!signedIn.user) throw new AppError("unauthenticated");
    return signedIn.user;
  };
  return {
    currentUser: async () => signedIn.user,
    currentSession: async () => (signedIn.user ? { user: signedIn.user, sessionId: "s", complete: true, secondFactorRequired: false, secondFactorEnrolled: false } : null),
    requireUser,
    requireRole: async (...roles: string[]) => {
      const user = await requireUser();
      if (!roles.includes(user.role)) throw new AppError("forbidden");
      return user;
    },
    requireStateView: async (memberStateId: number) => {
      const user = await requireUser();
      if (!canViewState(user, memberStateId)) throw new AppError("forbidden");
      return user;
    },
  };
});
// Auth.js itself is not under test here (its own CSRF and callbacks); the wrapper around it is.
vi.mock("@/lib/auth", () => ({
  auth: async () => null,
  handlers: { GET: async () => new Response(null, { status: 204 }), POST: async () => new Response(null, { status: 204 }) },
  signIn: async () => undefined,
  signOut: async () => undefined,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
// Outside Next's request scope, connection() (which marks a route dynamic) has nothing to do.
vi.mock("next/server", async (importOriginal) => ({ ...(await importOriginal<typeof import("next/server")>()), connection: async () => {} }));

type Access = "public" | "token" | "own-state" | "secretariat" | "admin";
type Method = "GET" | "POST";
interface RouteEntry {
  /** A concrete address for the pattern, naming France's data where a State is named. */
  url: string;
  methods: Partial<Record<Method, Access>>;
}

/** Every route handler: who may use it. A new route.ts must be added here. */
const ROUTES: Record<string, RouteEntry> = {
  "api/admin/backup": { url: "/api/admin/backup", methods: { GET: "token" } },
  "api/attachments/[id]": { url: "/api/attachments/{attachment}", methods: { GET: "own-state" } },
  // Bench instruments: they answer 404 unless the server runs with TRACKER_BENCH=1.
  "api/bench/queries": { url: "/api/bench/queries", methods: { GET: "token" } },
  "api/auth/[...nextauth]": { url: "/api/auth/session", methods: { GET: "public", POST: "public" } },
  "api/calendar.ics": { url: "/api/calendar.ics", methods: { GET: "public" } },
  "api/health": { url: "/api/health", methods: { GET: "public" } },
  "api/health/ready": { url: "/api/health/ready", methods: { GET: "public" } },
  "api/metrics": { url: "/api/metrics", methods: { GET: "token" } },
  "api/ping": { url: "/api/ping", methods: { GET: "public" } },
  "api/published/reports/[session]/[addendum]/report.docx": { url: "/api/published/reports/65/0/report.docx", methods: { GET: "public" } },
  "api/published/reports/[session]/[addendum]/report.pdf": { url: "/api/published/reports/65/0/report.pdf", methods: { GET: "public" } },
  "api/secretariat/cycles/[session]/matrix.csv": { url: "/api/secretariat/cycles/65/matrix.csv", methods: { GET: "secretariat" } },
  "api/secretariat/cycles/[session]/replies.csv": { url: "/api/secretariat/cycles/65/replies.csv", methods: { GET: "secretariat" } },
  "api/secretariat/cycles/[session]/replies.json": { url: "/api/secretariat/cycles/65/replies.json", methods: { GET: "secretariat" } },
  "api/secretariat/cycles/[session]/replies.xlsx": { url: "/api/secretariat/cycles/65/replies.xlsx", methods: { GET: "secretariat" } },
  "api/secretariat/cycles/[session]/report.docx": { url: "/api/secretariat/cycles/65/report.docx", methods: { GET: "secretariat" } },
  "api/secretariat/cycles/[session]/report.pdf": { url: "/api/secretariat/cycles/65/report.pdf", methods: { GET: "secretariat" } },
  "api/states/[iso3]/calendar.ics": { url: "/api/states/FRA/calendar.ics", methods: { GET: "token" } },
  "api/states/[iso3]/cycles/[session]/items/[letter]": { url: "/api/states/FRA/cycles/65/items/a", methods: { GET: "own-state", POST: "own-state" } },
  "api/states/[iso3]/cycles/[session]/items/[letter]/letter": { url: "/api/states/FRA/cycles/65/items/a/letter", methods: { POST: "own-state" } },
  "api/states/[iso3]/submissions": { url: "/api/states/FRA/submissions", methods: { GET: "own-state" } },
};

const APP = fileURLToPath(new URL("../../app/", import.meta.url));
function routeFiles(dir = APP): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return name === "route.ts" ? [path.relative(APP, path.dirname(full)).split(path.sep).join("/")] : [];
  });
}

const modules = import.meta.glob<Record<string, unknown>>("/app/**/route.ts", { eager: true });
type Handler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;

function paramsOf(pattern: string, url: string): Record<string, string | string[]> {
  const p = pattern.split("/");
  const u = url.replace(/^\//, "").replace(/\?.*$/, "").split("/");
  const out: Record<string, string | string[]> = {};
  p.forEach((seg, i) => {
    const catchAll = /^\[\.\.\.(.+)\]$/.exec(seg);
    if (catchAll) out[catchAll[1]!] = u.slice(i);
    else if (/^\[(.+)\]$/.test(seg)) out[seg.slice(1, -1)] = u[i]!;
  });
  return out;
}

const ORIGIN = "http://127.0.0.1:3000";
async function call(pattern: string, method: Method, url: string, init: { origin?: string | null; body?: BodyInit; contentType?: string } = {}) {
  const handler = modules[`/app/${pattern}/route.ts`]![method] as Handler;
  const headers = new Headers({ host: "127.0.0.1:3000" });
  if (method !== "GET" && init.origin !== null) headers.set("origin", init.origin ?? ORIGIN);
  if (init.contentType) headers.set("content-type", init.contentType);
  const request = new Request(`${ORIGIN}${url}`, { method, headers, body: method === "GET" ? undefined : (init.body ?? "{}") });
  return handler(request, { params: Promise.resolve(paramsOf(pattern, url)) });
}

let t: TestDatabase;
const holder = globalThis as typeof globalThis & { __trackerDb?: Connection };
let previous: Connection | undefined;
const actors: Record<string, CurrentUser> = {};
let attachmentId = 0;

function asCurrent(u: { id: string; email: string; name: string; role: CurrentUser["role"]; memberStateId: number | null }, extra: Partial<CurrentUser> = {}): CurrentUser {
  return { id: u.id, email: u.email, name: u.name, role: u.role, memberStateId: u.memberStateId, memberState: null, ...extra };
}

beforeAll(async () => {
  t = await openTestDatabase();
  previous = holder.__trackerDb;
  holder.__trackerDb = t.conn;
  const russia = await makeUser(t.conn.db, { role: "delegation", iso3: "RUS" });
  const russiaFocal = await makeUser(t.conn.db, { role: "delegation", iso3: "RUS" });
  const france = await makeUser(t.conn.db, { role: "delegation", iso3: "FRA" });
  const reviewer = await makeUser(t.conn.db, { role: "reviewer" });
  actors.otherDelegation = asCurrent(russia);
  actors.otherFocalPoint = asCurrent(russiaFocal, { isFocalPoint: true });
  actors.france = asCurrent(france);
  actors.reviewer = asCurrent(reviewer);
  // A letter of France's to try to read.
  signedIn.user = actors.france;
  const pdf = new TextEncoder().encode("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
  const form = new FormData();
  form.set("file", new File([pdf], "note.pdf", { type: "application/pdf" }));
  const res = await call("api/states/[iso3]/cycles/[session]/items/[letter]/letter", "POST", "/api/states/FRA/cycles/65/items/a/letter", { body: form });
  expect(res.status).toBe(201);
  attachmentId = ((await res.json()) as { attachment: { id: number } }).attachment.id;
});
afterAll(async () => {
  holder.__trackerDb = previous;
  await t?.close();
});
beforeEach(() => {
  signedIn.user = null;
});

const cases = Object.entries(ROUTES).flatMap(([pattern, entry]) =>
  Object.entries(entry.methods).map(([method, access]) => ({ pattern, method: method as Method, access: access!, url: entry.url })),
);
/** A well-formed body, so that what refuses is the permission check, not the input check. */
function validBody(pattern: string): { body: BodyInit; contentType?: string } {
  if (pattern.endsWith("/letter")) {
    const form = new FormData();
    form.set("file", new File([new TextEncoder().encode("%PDF-1.4\n%%EOF\n")], "note.pdf", { type: "application/pdf" }));
    return { body: form };
  }
  return { body: JSON.stringify({ text: "Views.", expectedVersion: 0 }), contentType: "application/json" };
}
const urlOf = (url: string) => url.replace("{attachment}", String(attachmentId));

/** What the sweep saw, printed at the end (route × actor × expected × seen). */
const seen: string[] = [];
function record(pattern: string, method: string, actor: string, expected: string, status: number) {
  seen.push(`| ${method} /${pattern} | ${actor} | ${expected} | ${status} |`);
}

describe("route sweep", () => {
  it("has an entry for every route handler under app/, and every entry exists", () => {
    expect(routeFiles().sort()).toEqual(Object.keys(ROUTES).sort());
    for (const [pattern, entry] of Object.entries(ROUTES)) {
      const mod = modules[`/app/${pattern}/route.ts`]!;
      const exported = ["GET", "POST", "PUT", "PATCH", "DELETE"].filter((m) => typeof mod[m] === "function");
      expect(exported.sort(), pattern).toEqual(Object.keys(entry.methods).sort());
    }
  });

  const guarded = cases.filter((c) => c.access !== "public");
  it.each(guarded)("$method /$pattern refuses a signed-out visitor", async ({ pattern, method, url, access }) => {
    const res = await call(pattern, method, urlOf(url));
    record(pattern, method, "signed out", access === "token" ? "401/404" : "401", res.status);
    expect(access === "token" ? [401, 404] : [401]).toContain(res.status);
  });

  const stateRoutes = cases.filter((c) => c.access === "own-state");
  it.each(stateRoutes)("$method /$pattern refuses another State's delegation and another Mission's focal point", async ({ pattern, method, url }) => {
    for (const actor of ["otherDelegation", "otherFocalPoint"] as const) {
      signedIn.user = actors[actor]!;
      const res = await call(pattern, method, urlOf(url), method === "POST" ? validBody(pattern) : {});
      record(pattern, method, actor === "otherDelegation" ? "delegation of another State" : "focal point of another Mission", "403", res.status);
      expect(res.status, actor).toBe(403);
    }
  });

  const secretariatRoutes = cases.filter((c) => c.access === "secretariat");
  it.each(secretariatRoutes)("$method /$pattern refuses every delegation, focal points included", async ({ pattern, method, url }) => {
    for (const actor of ["france", "otherFocalPoint"] as const) {
      signedIn.user = actors[actor]!;
      const res = await call(pattern, method, urlOf(url));
      record(pattern, method, actor === "france" ? "delegation" : "focal point", "403", res.status);
      expect(res.status, actor).toBe(403);
    }
  });

  const adminRoutes = cases.filter((c) => c.access === "admin");
  it.each(adminRoutes.length ? adminRoutes : [{ pattern: "(none)", method: "GET" as Method, url: "", access: "admin" as Access }])(
    "$method /$pattern refuses a reviewer where an administrator is needed",
    async ({ pattern, method, url }) => {
      if (pattern === "(none)") return expect(adminRoutes).toEqual([]);
      signedIn.user = actors.reviewer!;
      const res = await call(pattern, method, urlOf(url));
      record(pattern, method, "reviewer", "403", res.status);
      expect(res.status).toBe(403);
    },
  );

  const changing = cases.filter((c) => c.method !== "GET");
  it.each(changing)("$method /$pattern refuses a request from another origin, even signed in as the owner", async ({ pattern, method, url }) => {
    signedIn.user = actors.france!;
    for (const origin of ["https://evil.example", "http://127.0.0.1:3001", "null"]) {
      const res = await call(pattern, method, urlOf(url), { origin, body: "{}", contentType: "application/json" });
      record(pattern, method, `France's officer, Origin ${origin}`, "403", res.status);
      expect(res.status, origin).toBe(403);
    }
  });

  it("answers 404, not 500, for ids outside the column's range", async () => {
    signedIn.user = actors.reviewer!;
    const tries: [string, string][] = [
      ["api/attachments/[id]", "/api/attachments/2147483648"],
      ["api/attachments/[id]", "/api/attachments/99999999999999999999"],
      ["api/published/reports/[session]/[addendum]/report.pdf", "/api/published/reports/2147483648/0/report.pdf"],
      ["api/published/reports/[session]/[addendum]/report.docx", "/api/published/reports/65/2147483648/report.docx"],
      ["api/secretariat/cycles/[session]/matrix.csv", "/api/secretariat/cycles/2147483648/matrix.csv"],
      ["api/secretariat/cycles/[session]/replies.csv", "/api/secretariat/cycles/2147483648/replies.csv"],
      ["api/secretariat/cycles/[session]/replies.json", "/api/secretariat/cycles/1e3/replies.json"],
      ["api/secretariat/cycles/[session]/report.pdf", "/api/secretariat/cycles/2147483648/report.pdf"],
      ["api/secretariat/cycles/[session]/report.docx", "/api/secretariat/cycles/-1/report.docx"],
    ];
    for (const [pattern, url] of tries) {
      const res = await call(pattern, "GET", url);
      record(pattern, "GET", `reviewer, ${url}`, "404", res.status);
      expect(res.status, url).toBe(404);
    }
  });

  it("answers Auth.js's error page with 400 and a signed-out session as null", async () => {
    const error = await call("api/auth/[...nextauth]", "GET", "/api/auth/error?error=Configuration");
    record("api/auth/[...nextauth]", "GET", "anyone, /api/auth/error?error=Configuration", "400", error.status);
    expect(error.status).toBe(400);
    const session = await call("api/auth/[...nextauth]", "GET", "/api/auth/session");
    expect(session.status).toBe(200);
    expect(await session.json()).toBeNull();
  });

  it("prints the sweep's table", () => {
    console.log(["| route | actor | expected | seen |", "|---|---|---|---|", ...seen].join("\n"));
    expect(seen.length).toBeGreaterThan(20);
  });
});

describe("letter upload", () => {
  const LETTER = "api/states/[iso3]/cycles/[session]/items/[letter]/letter";
  const URL_ = "/api/states/FRA/cycles/65/items/b/letter";
  const upload = (bytes: Uint8Array, name: string, origin?: string) => {
    const form = new FormData();
    form.set("file", new File([bytes as Uint8Array<ArrayBuffer>], name, { type: "application/pdf" }));
    return call(LETTER, "POST", URL_, { body: form, origin });
  };
  const text = (s: string) => new TextEncoder().encode(s);
  const PDF = text("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

  it("refuses an HTML file with a PDF header inside (422) and stores a PDF as .pdf whatever its name", async () => {
    signedIn.user = actors.france!;
    const poly = await upload(text(`<html><script>alert(1)</script>${new TextDecoder().decode(PDF)}`), "poly.html");
    expect(poly.status).toBe(422);
    const ok = await upload(PDF, "poly.html");
    expect(ok.status).toBe(201);
    expect(((await ok.json()) as { attachment: { fileName: string } }).attachment.fileName).toBe("poly.pdf");
  });

  it("stops a chunked upload past 10 MB while it streams (413), without a Content-Length", async () => {
    signedIn.user = actors.france!;
    let sent = 0;
    const chunk = new Uint8Array(1024 * 1024).fill(0x41);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > 40 * 1024 * 1024) return controller.close();
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const handler = modules[`/app/${LETTER}/route.ts`]!.POST as Handler;
    const request = new Request(`${ORIGIN}${URL_}`, {
      method: "POST",
      headers: { host: "127.0.0.1:3000", origin: ORIGIN, "content-type": "multipart/form-data; boundary=x" },
      body,
      duplex: "half",
    } as RequestInit);
    const res = await handler(request, { params: Promise.resolve(paramsOf(LETTER, URL_)) });
    expect(res.status).toBe(413);
    // The stream was cut off soon after the limit, not read to its end.
    expect(sent).toBeLessThan(20 * 1024 * 1024);
  });

  it("refuses France's own upload from another port of the same host (403)", async () => {
    signedIn.user = actors.france!;
    expect((await upload(PDF, "note.pdf", "http://127.0.0.1:3001")).status).toBe(403);
  });
});

describe("reading a State as its id", () => {
  it("France exists in the seeded data", async () => {
    expect((await stateByIso3(t.conn.db, "FRA")).iso3).toBe("FRA");
  });
});
