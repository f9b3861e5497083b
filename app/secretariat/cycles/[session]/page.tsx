import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import styles from "./page.module.css";
import { fieldClass } from "@/components/ui/field";
import { AssignForm } from "@/components/review/assign-form";
import { GroupChart } from "@/components/review/group-chart";
import { MatrixLegend } from "@/components/review/matrix-legend";
import { db } from "@/db/client";
import type { SubmissionStatus } from "@/db/schema";
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
  const sessionNumber = Number(session);
  if (!Number.isInteger(sessionNumber)) notFound();
  const cycle = await findCycleBySession(db(), sessionNumber);
  if (!cycle) notFound();
  const query = await searchParams;
  const filters = parseMatrixFilters(query);
  const [{ items, rows }, reviewers, tStatus, tExport] = await Promise.all([getCoverageMatrix(db(), cycle), listReviewers(db()), getTranslations("status"), getTranslations("secretariatDay.export")]);
  const letters = items.map((i) => i.letter);
  const all = totals(rows, letters);
  const shown = filterRows(rows, filters);
  const reviewerName = new Map(reviewers.map((r) => [r.id, r.name]));
  const max = Math.max(1, ...Object.values(all.byStatus));
  const exportQuery = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => typeof e[1] === "string")).toString();
  const isAdmin = user.role === "admin";
  const label = Object.fromEntries(STATUSES.map((st) => [st, tStatus(st)])) as Record<SubmissionStatus, string>;

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

      <div className="table-wrap">
        <table className="compact">
          <caption>By item</caption>
          <thead>
            <tr>
              <th scope="col">Item</th>
              {STATUSES.map((s) => (
                <th key={s} scope="col">
                  {tStatus(s)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {items.map((i) => (
              <tr key={i.id}>
                <th scope="row">
                  ({i.letter}) {i.shortTitle}
                </th>
                {STATUSES.map((s) => (
                  <td key={s}>{all.byItem[i.letter]![s]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <GroupChart byGroup={all.byGroup} tableId="group-table" />
      <div className="table-wrap">
        <table className="compact" id="group-table">
          <caption>By regional group</caption>
          <thead>
            <tr>
              <th scope="col">Group</th>
              <th scope="col">States</th>
              <th scope="col">States that replied</th>
              <th scope="col">Items replied</th>
            </tr>
          </thead>
          <tbody>
            {REGIONAL_GROUPS.map((g) => (
              <tr key={g}>
                <th scope="row">{GROUP_LABELS[g].states}</th>
                <td>{all.byGroup[g]?.states ?? 0}</td>
                <td>{all.byGroup[g]?.replied ?? 0}</td>
                <td>{all.byGroup[g]?.items ?? 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>States and items</h2>
      <form method="get" className="card field-row filters" aria-label="Filter the matrix">
        <div className={fieldClass}>
          <label htmlFor="f-q">State name</label>
          <input id="f-q" name="q" type="text" defaultValue={filters.q ?? ""} />
        </div>
        <div className={fieldClass}>
          <label htmlFor="f-group">Regional group</label>
          <select id="f-group" name="group" defaultValue={filters.group ?? ""}>
            <option value="">All</option>
            {REGIONAL_GROUPS.map((g) => (
              <option key={g} value={g}>
                {GROUP_LABELS[g].states}
              </option>
            ))}
          </select>
        </div>
        <div className={fieldClass}>
          <label htmlFor="f-status">Status (any item)</label>
          <select id="f-status" name="status" defaultValue={filters.status ?? ""}>
            <option value="">All</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {tStatus(s)}
              </option>
            ))}
          </select>
        </div>
        <div className={fieldClass}>
          <label htmlFor="f-reviewer">Reviewer</label>
          <select id="f-reviewer" name="reviewer" defaultValue={filters.reviewer ?? ""}>
            <option value="">All</option>
            <option value="none">Not assigned</option>
            {reviewers.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
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
        <a href={`/api/secretariat/cycles/${cycle.targetSession}/replies.xlsx`}>{tExport("downloadXlsx")}</a> ·{" "}
        <Link href={`/secretariat/cycles/${cycle.targetSession}/dashboard`}>{tExport("dashboardLink")}</Link> ·{" "}
        <Link href={`/secretariat/cycles/${cycle.targetSession}/report`}>Report of the Secretary-General: compile, export, issue</Link>
      </p>
      {isAdmin && <AssignForm session={cycle.targetSession} reviewers={reviewers} letters={letters} />}
      <p role="status">
        Showing {shown.length} of {rows.length} States. An asterisk marks a late reply.
      </p>
      <MatrixLegend swatchClass={styles.swatch ?? ""} />
      <div className="table-wrap">
        <table className={styles.matrix}>
          <caption className="visually-hidden">Status of each requested item, by State</caption>
          <thead>
            <tr>
              {isAdmin && <th scope="col">Select</th>}
              <th scope="col">State</th>
              <th scope="col">Group</th>
              {items.map((i) => (
                <th key={i.id} scope="col">
                  ({i.letter})
                </th>
              ))}
              <th scope="col">Reviewer</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.state.id}>
                {isAdmin && (
                  <td>
                    <input type="checkbox" name="state" value={r.state.iso3} form="assign-form" aria-label={`Select ${r.state.name}`} />
                  </td>
                )}
                <th scope="row">
                  <Link href={`/states/${r.state.iso3}`}>{r.state.name}</Link>
                  {r.extendedTo && <span className={styles.extensionMark}> (extended to {formatUnDate(r.extendedTo)})</span>}
                </th>
                <td>{GROUP_LABELS[r.state.group].short}</td>
                {letters.map((l) => {
                  const c = r.cells[l]!;
                  // One plain link per cell, named for screen readers (the name starts with the visible
                  // abbreviation: WCAG 2.5.3). This table has 772 of them, and every element is sent twice
                  // (HTML and the React payload).
                  return (
                    <td key={l} data-status={c.status}>
                      <a href={`/secretariat/review/${r.state.iso3}/${cycle.targetSession}/${l}`} aria-label={`${SHORT[c.status]} ${label[c.status]}: ${r.state.name}, item (${l})${c.isLate ? ", late" : ""}`}>
                        {SHORT[c.status]}
                        {c.isLate && "*"}
                      </a>
                    </td>
                  );
                })}
                <td>{r.reviewerId ? reviewerName.get(r.reviewerId) ?? "—" : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
