import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Role } from "@/db/schema";
import type { ActionResult, DeclaredRoles } from "@/lib/action";
import type { CurrentUser } from "@/lib/auth/guards";

/**
 * Every exported Server Action declares who may call it, and refuses everyone else before it parses
 * its input or reaches the database. Adding an action without roles, or with roles not listed below,
 * fails here.
 */

const signedIn = vi.hoisted(() => ({ user: null as CurrentUser | null }));

vi.mock("@/lib/auth/guards", () => ({ currentUser: async () => signedIn.user }));
vi.mock("@/lib/auth", () => ({
  auth: async () => null,
  signIn: async () => {
    throw new Error("signIn must not run in this test");
  },
  signOut: async () => {
    throw new Error("signOut must not run in this test");
  },
}));
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock("@/db/client", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/db/client")>()),
  db: () => {
    throw new Error("A refused action must not reach the database.");
  },
}));
vi.mock("@/lib/clock", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/clock")>()),
  now: async () => new Date("2010-05-10T16:00:00Z"),
}));

const ALL_ROLES: readonly Role[] = ["delegation", "reviewer", "admin"];
const SECRETARIAT = ["reviewer", "admin"];

/** Who may call what: widening an action's roles means changing this table too. */
const EXPECTED: Record<string, "public" | readonly Role[]> = {
  // admin.ts
  createUserAction: ["admin"],
  setUserDisabledAction: ["admin"],
  createResetLinkAction: ["admin"],
  updateCycleAction: ["admin"],
  resetPasswordAction: "public",
  // auth.ts
  signInAction: "public",
  signOutAction: "public",
  // focal-points.ts (the service admits focal points only, for their own Mission only)
  inviteOfficerAction: ["delegation"],
  setOfficerDisabledAction: ["delegation"],
  resetOfficerSecondFactorAction: ["delegation"],
  setFocalPointAction: ["admin"],
  // security.ts (the three public ones need a session that passed the password)
  verifySecondFactorAction: "public",
  startTotpEnrolmentAction: "public",
  confirmTotpEnrolmentAction: "public",
  signOutEverywhereAction: ALL_ROLES,
  resetSecondFactorAction: ["admin"],
  updateSecuritySettingsAction: ["admin"],
  // passkeys.ts (one's own passkeys; the two public ones need a session that passed the password)
  startPasskeyRegistrationAction: ALL_ROLES,
  finishPasskeyRegistrationAction: ALL_ROLES,
  removePasskeyAction: ALL_ROLES,
  startPasskeySignInAction: "public",
  finishPasskeySignInAction: "public",
  // calendar.ts
  rotateCalendarTokenAction: ["delegation"],
  // clock.ts
  setDemoDateAction: ["admin"],
  // expert-group.ts
  addMemberAction: ["admin"],
  removeMemberAction: ["admin"],
  setChairAction: ["admin"],
  setExpertNameAction: ["admin"],
  // locale.ts
  chooseLocaleAction: "public",
  saveLocaleAction: ALL_ROLES,
  // reminders.ts
  runRemindersAction: ["admin"],
  retryMessageAction: SECRETARIAT as Role[],
  // report.ts
  issueReportAction: SECRETARIAT as Role[],
  // resolutions.ts
  addResolutionAction: ["admin"],
  // review.ts
  reviewTransitionAction: SECRETARIAT as Role[],
  addCommentAction: SECRETARIAT as Role[],
  assignReviewerAction: ["admin"],
  grantExtensionAction: SECRETARIAT as Role[],
  assignQueueAction: SECRETARIAT as Role[],
  // submissions.ts
  saveDraftAction: ["delegation"],
  submitReplyAction: ["delegation"],
  submitManyAction: ["delegation"],
  withdrawReplyAction: ["delegation"],
  restoreRevisionAction: ["delegation"],
};

type DeclaredAction = ((raw?: unknown) => Promise<ActionResult<unknown>>) & { roles?: DeclaredRoles };

const modules = import.meta.glob<Record<string, unknown>>("/app/actions/*.ts", { eager: true });
const actions = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports).map(([name, value]) => ({ file: file.replace(/^.*\//, ""), name, fn: value as DeclaredAction })),
);

function userWith(role: Role): CurrentUser {
  const delegation = role === "delegation";
  return {
    id: "00000000-0000-4000-8000-000000000001",
    email: `${role}@test.example`,
    name: `A ${role}`,
    role,
    memberStateId: delegation ? 1 : null,
    memberState: delegation ? { id: 1, iso3: "FRA", name: "France" } : null,
  };
}

beforeEach(() => {
  signedIn.user = null;
});

describe("Server Actions", () => {
  it("are all found: every file of app/actions is loaded", () => {
    const dir = fileURLToPath(new URL("../../app/actions/", import.meta.url));
    const files = readdirSync(dir).filter((f) => f.endsWith(".ts"));
    expect(Object.keys(modules).map((f) => f.replace(/^.*\//, "")).sort()).toEqual(files.sort());
    expect(actions.length).toBeGreaterThan(0);
  });

  it.each(actions)("$file: $name declares the roles listed for it", ({ name, fn }) => {
    expect(typeof fn).toBe("function");
    expect(fn.roles, `${name} declares no roles: wrap it with action({ input, roles }) or publicAction()`).toBeDefined();
    expect(EXPECTED, `${name} is not listed in this test's table of roles`).toHaveProperty(name);
    const declared = fn.roles === "public" ? "public" : [...fn.roles!].sort();
    const expected = EXPECTED[name] === "public" ? "public" : [...EXPECTED[name]!].sort();
    expect(declared).toEqual(expected);
  });

  it("every action listed in the table exists", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(actions.map((a) => a.name).sort());
  });

  const guarded = actions.filter((a) => a.fn.roles !== "public");

  it.each(guarded)("$file: $name refuses a signed-out visitor", async ({ fn }) => {
    expect(await fn({})).toMatchObject({ ok: false, code: "unauthenticated" });
  });

  it.each(guarded)("$file: $name refuses every role it does not declare", async ({ name, fn }) => {
    const refused = ALL_ROLES.filter((r) => !(fn.roles as readonly Role[]).includes(r));
    for (const role of refused) {
      signedIn.user = userWith(role);
      const result = await fn({});
      expect(result, `${name} as ${role}`).toEqual({ ok: false, code: "forbidden", message: "You do not have access to this.", fieldErrors: undefined, details: undefined });
    }
  });

  it.each(guarded)("$file: $name lets a declared role through to the input check", async ({ name, fn }) => {
    for (const role of fn.roles as readonly Role[]) {
      signedIn.user = userWith(role);
      // null is no action's input: the guard passed, the parse refused, nothing ran.
      expect(await fn(null), `${name} as ${role}`).toMatchObject({ ok: false, code: "invalid" });
    }
  });
});
