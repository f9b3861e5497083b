import type { SubmissionStatus } from "@/db/schema";
import { allowedActions, isAmendment } from "@/lib/workflow";

/** The delegation's buttons under the editor, as the workflow allows them in this status (and nothing else). */
export interface ReplyButtons {
  /** "amend" when the Secretariat already has a submitted version. */
  submit: "submit" | "amend" | null;
  withdraw: boolean;
}

export function replyButtons(status: SubmissionStatus): ReplyButtons {
  const allowed = allowedActions("delegation", status);
  return {
    submit: allowed.includes("submit") ? (isAmendment(status) ? "amend" : "submit") : null,
    withdraw: allowed.includes("withdraw"),
  };
}
