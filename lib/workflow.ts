import type { Role, SubmissionStatus } from "@/db/schema";

/**
 * The one place that decides who may move a requested item from which status, by which action.
 * Every Server Action goes through `decide`, whatever the page showed.
 *
 *   not started -> draft -> submitted -> under review -> accepted -> published
 *                             ^   |            |
 *                             |   +-> returned <+   (the delegation revises and submits again)
 *   withdrawn <- (the delegation, any time before publication)
 */
export const ACTIONS = ["save_draft", "submit", "withdraw", "start_review", "return", "accept", "publish"] as const;
export type WorkflowAction = (typeof ACTIONS)[number];

const DELEGATION: readonly Role[] = ["delegation"];
const SECRETARIAT: readonly Role[] = ["reviewer", "admin"];

interface Rule {
  roles: readonly Role[];
  from: readonly SubmissionStatus[];
  to: (from: SubmissionStatus) => SubmissionStatus;
}

const RULES: Record<WorkflowAction, Rule> = {
  // Editing never hides a reply from review: a submitted, returned or accepted item keeps its
  // status while the delegation prepares an amendment; it changes when the amendment is submitted.
  save_draft: {
    roles: DELEGATION,
    from: ["not_started", "draft", "submitted", "under_review", "returned", "accepted", "withdrawn"],
    to: (from) => (from === "not_started" || from === "withdrawn" ? "draft" : from),
  },
  // From submitted, under review or accepted this is an amendment: a new version, back to submitted.
  submit: {
    roles: DELEGATION,
    from: ["not_started", "draft", "submitted", "under_review", "returned", "accepted", "withdrawn"],
    to: () => "submitted",
  },
  withdraw: { roles: DELEGATION, from: ["submitted", "under_review", "returned", "accepted"], to: () => "withdrawn" },
  start_review: { roles: SECRETARIAT, from: ["submitted"], to: () => "under_review" },
  return: { roles: SECRETARIAT, from: ["submitted", "under_review"], to: () => "returned" },
  accept: { roles: SECRETARIAT, from: ["submitted", "under_review"], to: () => "accepted" },
  publish: { roles: SECRETARIAT, from: ["accepted"], to: () => "published" },
};

export type Decision = { ok: true; to: SubmissionStatus } | { ok: false; reason: string };

export function decide(role: Role, from: SubmissionStatus, action: WorkflowAction): Decision {
  const rule = RULES[action];
  if (!rule.roles.includes(role)) return { ok: false, reason: `A ${role} user cannot ${describe(action)}.` };
  if (!rule.from.includes(from)) return { ok: false, reason: `An item that is ${from.replace("_", " ")} cannot be ${pastTense(action)}.` };
  return { ok: true, to: rule.to(from) };
}

/** The actions a role may take on an item in this status, for showing buttons. */
export function allowedActions(role: Role, from: SubmissionStatus): WorkflowAction[] {
  return ACTIONS.filter((a) => decide(role, from, a).ok);
}

/** An amendment is a submit on an item that had been submitted before. */
export function isAmendment(from: SubmissionStatus): boolean {
  return from === "submitted" || from === "under_review" || from === "accepted";
}

function describe(action: WorkflowAction): string {
  return action.replace("_", " ");
}

function pastTense(action: WorkflowAction): string {
  const words: Record<WorkflowAction, string> = {
    save_draft: "edited",
    submit: "submitted",
    withdraw: "withdrawn",
    start_review: "taken into review",
    return: "returned",
    accept: "accepted",
    publish: "published",
  };
  return words[action];
}
