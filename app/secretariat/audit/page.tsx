import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { fieldClass } from "@/components/ui/field";
import { db } from "@/db/client";
import { requirePageRole } from "@/lib/auth/guards";
import { listAuditEvents, listReviewers, parseAuditFilters } from "@/lib/review/queries";
import { formatNewYorkDateTime } from "@/lib/time";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageRole("/secretariat/audit", "reviewer", "admin");
  const query = await searchParams;
  const filters = parseAuditFilters(query);
  const [{ events, nextBefore }, staff] = await Promise.all([listAuditEvents(db(), filters), listReviewers(db())]);
  // The next page keeps every filter and moves the "before" cursor.
  const next = new URLSearchParams(Object.entries({ ...filters, before: nextBefore ?? undefined }).filter((e) => e[1] !== undefined).map(([k, v]) => [k, String(v)]));
  return (
    <section aria-labelledby="audit-title">
      <h1 id="audit-title">Audit log</h1>
      <p className="lede">Who did what, when, from and to which status. The log is append-only: the database refuses to change or delete an entry.</p>
      <form method="get" className="card field-row filters" aria-label="Filter the log">
        <div className={fieldClass}>
          <label htmlFor="a-action">Action starts with</label>
          <input id="a-action" name="action" type="text" defaultValue={filters.action ?? ""} placeholder="submission." />
        </div>
        <div className={fieldClass}>
          <label htmlFor="a-iso3">State code</label>
          <input id="a-iso3" name="iso3" type="text" defaultValue={filters.iso3 ?? ""} maxLength={3} />
        </div>
        <div className={fieldClass}>
          <label htmlFor="a-actor">Secretariat member</label>
          <select id="a-actor" name="actor" defaultValue={filters.actor ?? ""}>
            <option value="">Anyone</option>
            {staff.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div className={fieldClass}>
          <label htmlFor="a-from">From (New York date)</label>
          <input id="a-from" name="from" type="date" defaultValue={filters.from ?? ""} />
        </div>
        <div className={fieldClass}>
          <label htmlFor="a-to">To (New York date)</label>
          <input id="a-to" name="to" type="date" defaultValue={filters.to ?? ""} />
        </div>
        <div>
          <button type="submit" className="secondary">
            Filter
          </button>
        </div>
      </form>
      <DataTable
        caption="Audit events, newest first"
        hideCaption
        rows={events}
        rowKey={(e) => e.id}
        columns={[
          { key: "when", header: "When (New York)", cell: (e) => formatNewYorkDateTime(e.createdAt).replace(" (New York)", "") },
          { key: "who", header: "Who", cell: (e) => e.actor ?? "system" },
          { key: "what", header: "What", cell: (e) => e.action },
          { key: "state", header: "State", cell: (e) => e.iso3 ?? "—" },
          { key: "status", header: "Status", cell: (e) => (e.fromStatus || e.toStatus ? `${e.fromStatus ?? "—"} → ${e.toStatus ?? "—"}` : "—") },
          { key: "record", header: "Record", cell: (e) => `${e.entityType} ${e.entityId}` },
        ]}
      />
      {nextBefore && (
        <p>
          <Link href={`/secretariat/audit?${next.toString()}`}>Older events</Link>
        </p>
      )}
    </section>
  );
}
