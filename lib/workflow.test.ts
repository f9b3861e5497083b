import { describe, expect, it } from "vitest";
import type { Role, SubmissionStatus } from "@/db/schema";
import { STATUSES } from "./status";
import { ACTIONS, allowedActions, decide, type WorkflowAction } from "./workflow";

const ROLES: Role[] = ["delegation", "reviewer", "admin"];

/** The expected table, written out by hand: role -> action -> status it leads to from each allowed status. */
const EXPECTED: Record<Role, Partial<Record<WorkflowAction, Partial<Record<SubmissionStatus, SubmissionStatus>>>>> = {
  delegation: {
    save_draft: {
      not_started: "draft",
      draft: "draft",
      submitted: "submitted",
      under_review: "under_review",
      returned: "returned",
      accepted: "accepted",
      withdrawn: "draft",
    },
    submit: {
      not_started: "submitted",
      draft: "submitted",
      submitted: "submitted",
      under_review: "submitted",
      returned: "submitted",
      accepted: "submitted",
      withdrawn: "submitted",
    },
    withdraw: { submitted: "withdrawn", under_review: "withdrawn", returned: "withdrawn", accepted: "withdrawn" },
  },
  reviewer: {
    start_review: { submitted: "under_review" },
    return: { submitted: "returned", under_review: "returned" },
    accept: { submitted: "accepted", under_review: "accepted" },
    publish: { accepted: "published" },
  },
  admin: {
    start_review: { submitted: "under_review" },
    return: { submitted: "returned", under_review: "returned" },
    accept: { submitted: "accepted", under_review: "accepted" },
    publish: { accepted: "published" },
  },
};

describe("decide: every role x status x action", () => {
  for (const role of ROLES) {
    for (const action of ACTIONS) {
      for (const status of STATUSES) {
        const expected = EXPECTED[role][action]?.[status];
        it(`${role} ${action} from ${status}: ${expected ? `-> ${expected}` : "refused"}`, () => {
          const decision = decide(role, status, action);
          if (expected) expect(decision).toEqual({ ok: true, to: expected });
          else expect(decision).toMatchObject({ ok: false, reason: expect.any(String) });
        });
      }
    }
  }
});

describe("the rules a person can state", () => {
  it("nothing moves a published item", () => {
    for (const role of ROLES) expect(allowedActions(role, "published")).toEqual([]);
  });
  it("the Secretariat never writes a reply and a delegation never reviews one", () => {
    for (const s of STATUSES) {
      expect(allowedActions("reviewer", s)).not.toContain("save_draft");
      expect(allowedActions("reviewer", s)).not.toContain("submit");
      expect(allowedActions("delegation", s).some((a) => ["start_review", "return", "accept", "publish"].includes(a))).toBe(false);
    }
  });
  it("explains a refusal", () => {
    expect(decide("delegation", "published", "submit")).toEqual({ ok: false, reason: "An item that is published cannot be submitted." });
    expect(decide("delegation", "submitted", "accept")).toEqual({ ok: false, reason: "A delegation user cannot accept." });
  });
});
