"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { runRemindersAction } from "@/app/actions/reminders";
import { useActionRunner } from "../ui/use-action-runner";

export function RunReminders() {
  const t = useTranslations("outboxActions");
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
              setReport(`${t("ranQueued", { queued: d.queued, alreadySent: d.alreadySent })} ${d.smtp ? t("ranSent", { sent: d.sent, failed: d.failed }) : t("ranNoSmtp")}`);
              router.refresh();
            },
          )
        }
      >
        {t("runNow")}
      </button>
      {message && <span role="status">{message}</span>}
    </div>
  );
}
