"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
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
  const t = useTranslations("reportPages");
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
        setDone(t("issued", { symbol: result.data.symbol, date: summary.issueDate, replies: result.data.replies }));
        router.refresh();
      } else setError(result.message);
    });

  return (
    <div>
      {summary.replies > 0 && (
        <div className="button-row">
          <button type="button" className="primary" onClick={() => dialog.current?.showModal()}>
            {t("issueButton", { symbol: summary.symbol })}
          </button>
        </div>
      )}
      <div role="status">{done && <p className="notice">{done}</p>}</div>
      <FormMessage message={error ? { ok: false, text: error } : null} />
      <ConfirmDialog
        ref={dialog}
        titleId="issue-title"
        title={t("dialogTitle", { symbol: summary.symbol })}
        confirmLabel={pending ? t("issuing") : t("confirm", { symbol: summary.symbol })}
        onConfirm={confirm}
        pending={pending}
      >
        <ul>
          <li>{t("dialogDated", { date: summary.issueDate, replies: summary.replies, states: summary.states, restricted: summary.restricted })}</li>
          <li>{t("dialogPublished")}</li>
          <li>{summary.isAddendum ? t("dialogStaysClosed") : t("dialogCloses")}</li>
        </ul>
        {summary.warning && <p className="notice warn">{summary.warning}</p>}
      </ConfirmDialog>
    </div>
  );
}
