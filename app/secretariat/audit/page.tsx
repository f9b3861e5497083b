import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
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
      <form method="get" className="card field-row" aria-label="Filter the log">
        <Field id="a-action" label="Action starts with">
          {(a) => <input {...a} name="action" type="text" defaultValue={filters.action ?? ""} placeholder="submission." />}
        </Field>
        <Field id="a-iso3" label="State code">
          {(a) => <input {...a} name="iso3" type="text" defaultValue={filters.iso3 ?? ""} maxLength={3} />}
        </Field>
        <SelectField id="a-actor" label="Secretariat member" name="actor" defaultValue={filters.actor ?? ""} blank="Anyone" options={staff.map((s) => ({ value: s.id, label: s.name }))} />
        <Field id="a-from" label="From (New York date)">
          {(a) => <input {...a} name="from" type="date" defaultValue={filters.from ?? ""} />}
        </Field>
        <Field id="a-to" label="To (New York date)">
          {(a) => <input {...a} name="to" type="date" defaultValue={filters.to ?? ""} />}
        </Field>
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
