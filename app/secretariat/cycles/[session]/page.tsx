import { parseIntParam } from "@/lib/params";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import styles from "./page.module.css";
import { DataTable } from "@/components/ui/data-table";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { AssignForm } from "@/components/review/assign-form";
import { MatrixTable, type CompactMatrixRow } from "@/components/review/matrix-table";
import { db } from "@/db/client";
import { requirePageRole } from "@/lib/auth/guards";
import { GROUP_LABELS, REGIONAL_GROUPS } from "@/lib/groups";
import { filterRows, parseMatrixFilters, totals } from "@/lib/review/matrix";
import { findCycleBySession } from "@/lib/resolutions/queries";
import { getCoverageMatrix, listReviewers } from "@/lib/review/queries";
import { STATUSES } from "@/lib/status";
import { formatUnDate } from "@/lib/time";
import { ordinal } from "@/lib/ordinal";

export const metadata: Metadata = { title: "Coverage matrix" };

const SHORT: Record<string, string> = {
  not_started: "—",
  draft: "Draft",
  submitted: "Sub.",
  under_review: "Rev.",
  returned: "Ret.",
  accepted: "Acc.",
  published: "Pub.",
  withdrawn: "Wd.",
};

export default async function MatrixPage({ params, searchParams }: { params: Promise<{ session: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { session } = await params;
  const user = await requirePageRole(`/secretariat/cycles/${session}`, "reviewer", "admin");
  const sessionNumber = parseIntParam(session) ?? notFound();
  const cycle = await findCycleBySession(db(), sessionNumber);
  if (!cycle) notFound();
  const query = await searchParams;
  const filters = parseMatrixFilters(query);
  const [{ items, rows }, reviewers, tStatus] = await Promise.all([getCoverageMatrix(db(), cycle), listReviewers(db()), getTranslations("status")]);
  const letters = items.map((i) => i.letter);
  const all = totals(rows, letters);
  const shown = filterRows(rows, filters);
  const reviewerName = new Map(reviewers.map((r) => [r.id, r.name]));
  const max = Math.max(1, ...Object.values(all.byStatus));
  const exportQuery = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => typeof e[1] === "string")).toString();
  const isAdmin = user.role === "admin";

  return (
    <section aria-labelledby="matrix-title">
      <h1 id="matrix-title">Coverage matrix: replies for the {ordinal(cycle.targetSession)} session</h1>
      <p className="lede">
        {rows.length} Member States × {letters.length} items = {rows.length * letters.length} requested items. Report {cycle.reportSymbol ?? "—"}.
      </p>

      <h2>Totals by status</h2>
      <div className={styles.bars} role="list" aria-label="Requested items by status">
        {STATUSES.map((s) => (
          <div key={s} role="listitem" className={styles.barRow} data-status={s}>
            <span className="bar-label">{tStatus(s)}</span>
            <span className={`${styles.bar} ${styles[s]}`} style={{ width: `${(all.byStatus[s] / max) * 100}%` }} aria-hidden="true" />
            <span className={styles.barValue}>{all.byStatus[s]}</span>
          </div>
        ))}
      </div>
      <p>Late replies: {all.late}</p>

      <DataTable
        caption="By item"
        variant="compact"
        rows={items}
        rowKey={(i) => i.id}
        columns={[
          {
            key: "item",
            header: "Item",
            rowHeader: true,
            cell: (i) => (
              <>
                ({i.letter}) {i.shortTitle}
              </>
            ),
          },
          ...STATUSES.map((s) => ({ key: s, header: tStatus(s), cell: (i: (typeof items)[number]) => all.byItem[i.letter]![s] })),
        ]}
      />

      <DataTable
        caption="By regional group"
        variant="compact"
        rows={REGIONAL_GROUPS}
        rowKey={(g) => g}
        columns={[
          { key: "group", header: "Group", rowHeader: true, cell: (g) => GROUP_LABELS[g].states },
          { key: "states", header: "States", cell: (g) => all.byGroup[g]?.states ?? 0 },
          { key: "replied", header: "States that replied", cell: (g) => all.byGroup[g]?.replied ?? 0 },
          { key: "items", header: "Items replied", cell: (g) => all.byGroup[g]?.items ?? 0 },
        ]}
      />

      <h2>States and items</h2>
      <form method="get" className="card field-row" aria-label="Filter the matrix">
        <Field id="f-q" label="State name">
          {(a) => <input {...a} name="q" type="text" defaultValue={filters.q ?? ""} />}
        </Field>
        <SelectField id="f-group" label="Regional group" name="group" defaultValue={filters.group ?? ""} blank="All" options={REGIONAL_GROUPS.map((g) => ({ value: g, label: GROUP_LABELS[g].states }))} />
        <SelectField id="f-status" label="Status (any item)" name="status" defaultValue={filters.status ?? ""} blank="All" options={STATUSES.map((s) => ({ value: s, label: tStatus(s) }))} />
        <SelectField
          id="f-reviewer"
          label="Reviewer"
          name="reviewer"
          defaultValue={filters.reviewer ?? ""}
          blank="All"
          options={[{ value: "none", label: "Not assigned" }, ...reviewers.map((r) => ({ value: r.id, label: r.name }))]}
        />
        <div className="checkbox">
          <input id="f-late" name="late" type="checkbox" value="1" defaultChecked={filters.late} />
          <label htmlFor="f-late">Late only</label>
        </div>
        <div className="button-row">
          <button type="submit" className="secondary">
            Filter
          </button>
          <Link href={`/secretariat/cycles/${cycle.targetSession}`}>Clear</Link>
        </div>
      </form>
      <p>
        <a href={`/api/secretariat/cycles/${cycle.targetSession}/matrix.csv${exportQuery ? `?${exportQuery}` : ""}`}>Download this view as CSV</a> ·{" "}
        <a href={`/api/secretariat/cycles/${cycle.targetSession}/replies.csv`}>Download all submitted replies as CSV</a> ·{" "}
        <Link href={`/secretariat/cycles/${cycle.targetSession}/report`}>Report of the Secretary-General: compile, export, issue</Link>
      </p>
      {isAdmin && <AssignForm session={cycle.targetSession} reviewers={reviewers} letters={letters} />}
      <p role="status">
        Showing {shown.length} of {rows.length} States. An asterisk marks a late reply. Abbreviations: {STATUSES.map((s) => `${SHORT[s]} ${tStatus(s)}`).join(", ")}.
      </p>
      <div className="table-wrap">
        <MatrixTable
          session={cycle.targetSession}
          letters={letters}
          rows={shown.map((r): CompactMatrixRow => [
            r.state.iso3,
            r.state.name,
            GROUP_LABELS[r.state.group].short,
            letters.map((l) => STATUSES.indexOf(r.cells[l]!.status)).join(""),
            letters.reduce((mask, l, i) => (r.cells[l]!.isLate ? mask | (1 << i) : mask), 0),
            r.reviewerId ? (reviewerName.get(r.reviewerId) ?? "—") : "—",
            r.extendedTo ? `(extended to ${formatUnDate(r.extendedTo)})` : "",
          ])}
          statusShort={STATUSES.map((s) => SHORT[s]!)}
          isAdmin={isAdmin}
          text={{ caption: "Status of each requested item, by State", select: "Select", state: "State", group: "Group", reviewer: "Reviewer", selectState: "Select {state}" }}
        />
      </div>
    </section>
  );
}
