import type { Metadata } from "next";
import { RunReminders } from "@/components/review/run-reminders";
import { db } from "@/db/client";
import { requirePageRole } from "@/lib/auth/guards";
import { env } from "@/lib/env";
import { listOutbox } from "@/lib/reminders/queries";
import { formatNewYorkDateTime } from "@/lib/time";
import { PlainText } from "@/components/ui/blocks";

export const metadata: Metadata = { title: "Reminders and outbox" };

export default async function OutboxPage() {
  const user = await requirePageRole("/secretariat/outbox", "reviewer", "admin");
  const messages = await listOutbox(db());
  return (
    <section aria-labelledby="outbox-title">
      <h1 id="outbox-title">Reminders and outbox</h1>
      <p className="lede">
        The reminder job runs every {env().REMINDER_INTERVAL_MINUTES || "—"} minutes and writes a reminder for each delegation whose State still has items not started,
        in draft or returned, at the days before (and after) the deadline set for each cycle. A person gets each reminder once.{" "}
        {env().SMTP_URL ? "Messages are sent by SMTP." : "No SMTP server is configured: messages stay here to be read or sent by hand."}
      </p>
      {user.role === "admin" && <RunReminders />}
      {messages.length === 0 ? (
        <p>No message yet.</p>
      ) : (
        <ul className="outbox">
          {messages.map(({ message: m, state }) => (
            <li key={m.id} className="card" data-to={m.toAddress}>
              <p>
                <strong>{m.subject}</strong>
              </p>
              <p className="muted">
                To {m.toAddress} ({state}) — {m.status === "sent" && m.sentAt ? `sent ${formatNewYorkDateTime(m.sentAt)}` : m.status}
                {m.lastError ? ` — ${m.lastError}` : ""} — written {formatNewYorkDateTime(m.createdAt)}
              </p>
              <details>
                <summary>Message</summary>
                <PlainText>{m.body}</PlainText>
              </details>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
