import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
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
        <DataTable
          caption="Replies waiting for your review"
          hideCaption
          rows={queue}
          rowKey={(q) => q.submissionId}
          columns={[
            { key: "state", header: "State", rowHeader: true, cell: (q) => <Link href={`/secretariat/review/${q.iso3}/${q.session}/${q.letter}`}>{q.stateName}</Link> },
            { key: "session", header: "Session", cell: (q) => ordinal(q.session) },
            { key: "item", header: "Item", cell: (q) => `(${q.letter})` },
            {
              key: "status",
              header: "Status",
              cell: (q) => (
                <>
                  <StatusBadge status={q.status} /> {q.isLate && <span className="badge late">Late</span>}
                </>
              ),
            },
            { key: "received", header: "Received", cell: (q) => (q.submittedAt ? formatNewYorkDateTime(q.submittedAt) : "—") },
          ]}
        />
      )}
    </section>
  );
}
