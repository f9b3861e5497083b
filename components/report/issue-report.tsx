"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { issueReportAction } from "@/app/actions/report";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { FormMessage } from "../ui/form-message";

export interface IssueSummary {
  session: number;
  symbol: string;
  isAddendum: boolean;
  fingerprint: string;
  replies: number;
  states: number;
  restricted: number;
  /** "1 May 2010": the date the document will carry. */
  issueDate: string;
  /** A warning to read before confirming (e.g. the deadline has not passed), or null. */
  warning: string | null;
}

/** Issues the previewed document after a confirmation that says what will happen. */
export function IssueReport({ summary }: { summary: IssueSummary }) {
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const confirm = () =>
    startTransition(async () => {
      setError(null);
      const result = await issueReportAction({ session: summary.session, fingerprint: summary.fingerprint });
      dialog.current?.close();
      if (result.ok) {
        setDone(`${result.data.symbol} was issued on ${summary.issueDate} with ${result.data.replies} ${result.data.replies === 1 ? "reply" : "replies"}.`);
        router.refresh();
      } else setError(result.message);
    });

  return (
    <div>
      {summary.replies > 0 && (
        <div className="button-row">
          <button type="button" className="primary" onClick={() => dialog.current?.showModal()}>
            Issue {summary.symbol}…
          </button>
        </div>
      )}
      <div role="status">{done && <p className="notice">{done}</p>}</div>
      <FormMessage message={error ? { ok: false, text: error } : null} />
      <ConfirmDialog
        ref={dialog}
        titleId="issue-title"
        title={`Issue ${summary.symbol}?`}
        confirmLabel={pending ? "Issuing…" : `Issue ${summary.symbol} now`}
        onConfirm={confirm}
        pending={pending}
      >
        <ul>
          <li>
            It is dated {summary.issueDate} and reproduces {summary.replies} {summary.replies === 1 ? "reply" : "replies"} from {summary.states}{" "}
            {summary.states === 1 ? "State" : "States"}, exactly as previewed
            {summary.restricted > 0 && ` (${summary.restricted} restricted: left out of the public edition and the public pages)`}.
          </li>
          <li>These replies become published: the public can read and search those whose States chose public publication.</li>
          {summary.isAddendum ? (
            <li>The cycle stays closed to the delegations&apos; edits, as it has been since the report was issued.</li>
          ) : (
            <li>The cycle closes to edits: delegations can no longer change, submit or withdraw replies. Replies accepted later go into addenda.</li>
          )}
        </ul>
        {summary.warning && <p className="notice warn">{summary.warning}</p>}
      </ConfirmDialog>
    </div>
  );
}
