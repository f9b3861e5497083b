"use client";

import { useState } from "react";
import { runRemindersAction } from "@/app/actions/reminders";
import { useActionRunner } from "../ui/use-action-runner";

export function RunReminders() {
  const { run, pending, failure, router } = useActionRunner();
  const [report, setReport] = useState<string | null>(null);
  const message = failure?.message ?? report;
  return (
    <div className="button-row">
      <button
        type="button"
        className="primary"
        disabled={pending}
        onClick={() =>
          run(
            () => runRemindersAction({}),
            (d) => {
              setReport(
                `Queued ${d.queued} new reminder${d.queued === 1 ? "" : "s"}; ${d.alreadySent} already queued before.${d.smtp ? ` Sent ${d.sent}, failed ${d.failed}.` : " No SMTP server is configured: messages wait below."}`,
              );
              router.refresh();
            },
          )
        }
      >
        Run the reminder job now
      </button>
      {message && <span role="status">{message}</span>}
    </div>
  );
}
