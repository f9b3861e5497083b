"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { runRemindersAction } from "@/app/actions/reminders";

export function RunReminders() {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="button-row">
      <button
        type="button"
        className="primary"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const r = await runRemindersAction({});
            setMessage(
              r.ok
                ? `Queued ${r.data.queued} new reminder${r.data.queued === 1 ? "" : "s"}; ${r.data.alreadySent} already queued before.${r.data.smtp ? ` Sent ${r.data.sent}, failed ${r.data.failed}.` : " No SMTP server is configured: messages wait below."}`
                : r.message,
            );
            router.refresh();
          })
        }
      >
        Run the reminder job now
      </button>
      {message && <span role="status">{message}</span>}
    </div>
  );
}
