import type { Metadata } from "next";
import Link from "next/link";
import { StatusBadge } from "@/components/status-badge";
import { db } from "@/db/client";
import { requirePageRole } from "@/lib/auth/guards";
import { getReviewerQueue } from "@/lib/review/queries";
import { formatNewYorkDateTime } from "@/lib/time";
import { ordinal } from "@/lib/ordinal";

export const metadata: Metadata = { title: "My queue" };

export default async function QueuePage() {
  const user = await requirePageRole("/secretariat/queue", "reviewer", "admin");
  const queue = await getReviewerQueue(db(), user.id);
  return (
    <section aria-labelledby="queue-title">
      <h1 id="queue-title">My queue</h1>
      <p className="lede">Replies assigned to you that need a review decision, most urgent first: late replies, then new submissions, then the oldest.</p>
      {queue.length === 0 ? (
        <p>Nothing is waiting for you.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Replies waiting for your review</caption>
            <thead>
              <tr>
                <th scope="col">State</th>
                <th scope="col">Session</th>
                <th scope="col">Item</th>
                <th scope="col">Status</th>
                <th scope="col">Received</th>
              </tr>
            </thead>
            <tbody>
              {queue.map((q) => (
                <tr key={q.submissionId}>
                  <th scope="row">
                    <Link href={`/secretariat/review/${q.iso3}/${q.session}/${q.letter}`}>{q.stateName}</Link>
                  </th>
                  <td>{ordinal(q.session)}</td>
                  <td>({q.letter})</td>
                  <td>
                    <StatusBadge status={q.status} /> {q.isLate && <span className="badge late">Late</span>}
                  </td>
                  <td>{q.submittedAt ? formatNewYorkDateTime(q.submittedAt) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
