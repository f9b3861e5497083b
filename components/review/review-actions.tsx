"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { reviewTransitionAction } from "@/app/actions/review";
import type { WorkflowAction } from "@/lib/workflow";
import { Field } from "../ui/field";
import { FormMessage } from "../ui/form-message";

type ReviewAction = Extract<WorkflowAction, "start_review" | "return" | "accept" | "publish">;

/** The moves the workflow allows the reviewer now; returning needs a reason the delegation will read. */
export function ReviewActions({ iso3, session, letter, allowed }: { iso3: string; session: number; letter: string; allowed: ReviewAction[] }) {
  const t = useTranslations("review");
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [returning, setReturning] = useState(false);
  const [error, setError] = useState<{ message: string; reason?: string } | null>(null);
  const [pending, startTransition] = useTransition();

  const run = (act: ReviewAction) =>
    startTransition(async () => {
      setError(null);
      const result = await reviewTransitionAction({ iso3, session, letter, action: act, reason: act === "return" ? reason : undefined });
      if (result.ok) {
        setReturning(false);
        setReason("");
        router.refresh();
      } else setError({ message: result.message, reason: result.fieldErrors?.reason?.[0] });
    });

  if (allowed.length === 0) return <p className="muted">{t("noAction")}</p>;
  return (
    <div>
      <div className="button-row">
        {allowed.map((a) =>
          a === "return" ? (
            <button key={a} type="button" className="secondary" aria-expanded={returning} aria-controls="return-form" onClick={() => setReturning((r) => !r)}>
              {t(`label.${a}`)}…
            </button>
          ) : (
            <button key={a} type="button" className="primary" disabled={pending} onClick={() => run(a)}>
              {t(`label.${a}`)}
            </button>
          ),
        )}
      </div>
      {returning && (
        <div id="return-form">
          <Field
            id="return-reason"
            className="card"
            label={t("returnReason")}
            error={error?.reason}
            after={
              <div className="button-row">
                <button type="button" className="primary" disabled={pending} onClick={() => run("return")}>
                  {t("returnToDelegation")}
                </button>
              </div>
            }
          >
            {(a) => <textarea {...a} rows={4} value={reason} onChange={(e) => setReason(e.target.value)} />}
          </Field>
        </div>
      )}
      <FormMessage message={error && !error.reason ? { ok: false, text: error.message } : null} />
    </div>
  );
}
