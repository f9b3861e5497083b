import type { Metadata } from "next";
import Link from "next/link";
import { fieldClass } from "@/components/ui/field";
import { db } from "@/db/client";
import { requirePageRole } from "@/lib/auth/guards";
import { listAuditEvents, parseAuditFilters } from "@/lib/review/audit-log";
import { listReviewers } from "@/lib/review/queries";
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
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">Audit events, newest first</caption>
          <thead>
            <tr>
              <th scope="col">When (New York)</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">State</th>
              <th scope="col">Status</th>
              <th scope="col">Record</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.id}>
                <td>{formatNewYorkDateTime(e.createdAt).replace(" (New York)", "")}</td>
                <td>{e.actor ?? "system"}</td>
                <td>{e.action}</td>
                <td>{e.iso3 ?? "—"}</td>
                <td>{e.fromStatus || e.toStatus ? `${e.fromStatus ?? "—"} → ${e.toStatus ?? "—"}` : "—"}</td>
                <td>
                  {e.entityType} {e.entityId}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {nextBefore && (
        <p>
          <Link href={`/secretariat/audit?${next.toString()}`}>Older events</Link>
        </p>
      )}
    </section>
  );
}
