"use client";

import { useTranslations } from "next-intl";
import { createContext, useContext, useState, type ReactNode } from "react";
import { retryMessageAction } from "@/app/actions/reminders";
import { useActionRunner } from "../ui/use-action-runner";

type Report = { text: string; error: boolean } | null;
const ReportContext = createContext<(report: Report) => void>(() => {});

/**
 * Holds the result of the last "Retry" in a status line above the set-aside messages: the message retried
 * leaves that list when the page refreshes, and its result must not leave with it.
 */
export function RetryReport({ children }: { children: ReactNode }) {
  const [report, setReport] = useState<Report>(null);
  return (
    <ReportContext.Provider value={setReport}>
      <p role="status" className={report?.error ? "form-error" : undefined}>
        {report?.text}
      </p>
      {children}
    </ReportContext.Provider>
  );
}

/** "Retry" on a message set aside after failing: it goes back in line for the reminder job's next run. */
export function RetryMessage({ id, to }: { id: number; to: string }) {
  const t = useTranslations("outboxActions");
  const report = useContext(ReportContext);
  const { run, pending, router } = useActionRunner();
  return (
    <button
      type="button"
      className="secondary"
      disabled={pending}
      aria-label={t("retryOne", { to })}
      onClick={() => {
        report(null);
        run(
          async () => {
            const result = await retryMessageAction({ id });
            if (!result.ok) report({ text: t("retryFailed", { to, reason: result.message }), error: true });
            return result;
          },
          (d) => {
            report({ text: t("retried", { to: d.to }), error: false });
            router.refresh();
          },
        );
      }}
    >
      {t("retryButton")}
    </button>
  );
}
