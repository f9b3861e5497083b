import { parseIntParam } from "@/lib/params";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import styles from "./page.module.css";
import { DataTable } from "@/components/ui/data-table";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { AssignForm } from "@/components/review/assign-form";
import { GroupChart } from "@/components/review/group-chart";
import { MatrixLegend } from "@/components/review/matrix-legend";
import { MatrixTable, type CompactMatrixRow } from "@/components/review/matrix-table";
import { db } from "@/db/client";
import { reference } from "@/lib/reference-cache";
import { requirePageRole } from "@/lib/auth/guards";
import { REGIONAL_GROUPS } from "@/lib/groups";
import { parseMatrixFilters, rowsForReader, totals } from "@/lib/review/matrix";
import { findCycleBySession } from "@/lib/resolutions/queries";
import { getCoverageMatrix, listReviewers } from "@/lib/review/queries";
import { STATUSES } from "@/lib/status";
import { now as clockNow } from "@/lib/clock";
import { newYorkDate } from "@/lib/time";
import { formatDate } from "@/lib/i18n/dates";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("secretariatDay.matrix");
  return { title: t("title") };
}

export default async function MatrixPage({ params, searchParams }: { params: Promise<{ session: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { session } = await params;
  const user = await requirePageRole(`/secretariat/cycles/${session}`, "reviewer", "admin");
  const sessionNumber = parseIntParam(session) ?? notFound();
  const cycle = await reference(`cycle:${sessionNumber}`, () => findCycleBySession(db(), sessionNumber));
  if (!cycle) notFound();
  const query = await searchParams;
  const filters = parseMatrixFilters(query);
  const [{ items, rows }, reviewers, tStatus, tExport, t, tDay, rawLocale, today] = await Promise.all([
    getCoverageMatrix(db(), cycle),
    reference("reviewers", () => listReviewers(db())),
    getTranslations("status"),
    getTranslations("secretariatDay.export"),
    getTranslations("secretariatDay.matrix"),
    getTranslations("secretariatDay"),
    getLocale(),
    clockNow(),
  ]);
  const locale = isLocale(rawLocale) ? rawLocale : DEFAULT_LOCALE;
  // Each status's letters in the reader's language: distinct within each language (lib/review/matrix-letters.test.ts).
  const abbr = STATUSES.map((s) => t(`abbr.${s}`));
  // A report's symbol exists only once the report is issued.
  const issuedSymbol = cycle.reportSymbol && cycle.reportIssuedOn && cycle.reportIssuedOn <= newYorkDate(today) ? cycle.reportSymbol : null;
  const letters = items.map((i) => i.letter);
  const all = totals(rows, letters);
  // The States under their names in the reader's language, in that language's order; the name filter finds a State
  // by that name or by its English one.
  const shown = rowsForReader(rows, filters, locale);
  // What repeats from row to row goes to the table once: the groups' names, the reviewers'; a row holds indexes.
  const groupIndex = new Map(REGIONAL_GROUPS.map((g, i) => [g, i]));
  const reviewerIndex = new Map(reviewers.map((r, i) => [r.id, i]));
  const statusIndex = new Map(STATUSES.map((s, i) => [s, i]));
  const max = Math.max(1, ...Object.values(all.byStatus));
  const exportQuery = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => typeof e[1] === "string")).toString();
  const isAdmin = user.role === "admin";

  return (
    <section aria-labelledby="matrix-title">
      <h1 id="matrix-title">{t("heading", { session: cycle.targetSession })}</h1>
      <p className="lede">
        {t("lede", { states: rows.length, items: letters.length, total: rows.length * letters.length })} {issuedSymbol ? t("report", { symbol: issuedSymbol }) : t("reportPending")}
      </p>

      <h2>{t("totalsTitle")}</h2>
      <div className={styles.bars} role="list" aria-label={t("totalsList")}>
        {STATUSES.map((s) => (
          <div key={s} role="listitem" className={styles.barRow} data-status={s}>
            <span className="bar-label">{tStatus(s)}</span>
            <span className={styles[s] ? `${styles.bar} ${styles[s]}` : styles.bar} style={{ width: `${(all.byStatus[s] / max) * 100}%` }} aria-hidden="true" />
            <span className={styles.barValue}>{all.byStatus[s]}</span>
          </div>
        ))}
      </div>
      <p>{t("lateCount", { n: all.late })}</p>

      <DataTable
        caption={t("byItem")}
        variant="compact"
        rows={items}
        rowKey={(i) => i.id}
        columns={[
          {
            key: "item",
            header: t("item"),
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

      <GroupChart byGroup={all.byGroup} />
      <DataTable
        caption={t("byGroup")}
        variant="compact"
        rows={REGIONAL_GROUPS}
        rowKey={(g) => g}
        columns={[
          { key: "group", header: t("group"), rowHeader: true, cell: (g) => tDay(`groupStates.${g}`) },
          { key: "states", header: t("states"), cell: (g) => all.byGroup[g]?.states ?? 0 },
          { key: "replied", header: t("replied"), cell: (g) => all.byGroup[g]?.replied ?? 0 },
          { key: "items", header: t("itemsReplied"), cell: (g) => all.byGroup[g]?.items ?? 0 },
        ]}
      />

      <h2>{t("listTitle")}</h2>
      <form method="get" className="card field-row" aria-label={t("filters")}>
        <Field id="f-q" label={t("stateName")}>
          {(a) => <input {...a} name="q" type="text" defaultValue={filters.q ?? ""} />}
        </Field>
        <SelectField id="f-group" label={t("regionalGroup")} name="group" defaultValue={filters.group ?? ""} blank={t("all")} options={REGIONAL_GROUPS.map((g) => ({ value: g, label: tDay(`groupStates.${g}`) }))} />
        <SelectField id="f-status" label={t("statusAny")} name="status" defaultValue={filters.status ?? ""} blank={t("all")} options={STATUSES.map((s) => ({ value: s, label: tStatus(s) }))} />
        <SelectField
          id="f-reviewer"
          label={t("reviewer")}
          name="reviewer"
          defaultValue={filters.reviewer ?? ""}
          blank={t("all")}
          options={[{ value: "none", label: t("notAssigned") }, ...reviewers.map((r) => ({ value: r.id, label: r.name }))]}
        />
        <div className="checkbox">
          <input id="f-late" name="late" type="checkbox" value="1" defaultChecked={filters.late} />
          <label htmlFor="f-late">{t("lateOnly")}</label>
        </div>
        <div className="button-row">
          <button type="submit" className="secondary">
            {t("filter")}
          </button>
          <Link href={`/secretariat/cycles/${cycle.targetSession}`}>{t("clear")}</Link>
        </div>
      </form>
      <p>
        <a href={`/api/secretariat/cycles/${cycle.targetSession}/matrix.csv${exportQuery ? `?${exportQuery}` : ""}`}>{t("downloadView")}</a> ·{" "}
        <a href={`/api/secretariat/cycles/${cycle.targetSession}/replies.csv`}>{tExport("downloadCsv")}</a> ·{" "}
        <a href={`/api/secretariat/cycles/${cycle.targetSession}/replies.xlsx`}>{tExport("downloadXlsx")}</a> ·{" "}
        <Link href={`/secretariat/cycles/${cycle.targetSession}/dashboard`}>{tExport("dashboardLink")}</Link> ·{" "}
        <Link href={`/secretariat/cycles/${cycle.targetSession}/report`}>{t("reportLink")}</Link>
      </p>
      {isAdmin && <AssignForm session={cycle.targetSession} reviewers={reviewers} letters={letters} />}
      <p role="status">
        {t("showing", {
          shown: shown.length,
          total: rows.length,
          abbr: STATUSES.map((s, i) => `${abbr[i]} ${tStatus(s)}`).join(t("separator")),
        })}
      </p>
      <MatrixLegend />
      <div className="table-wrap">
        <MatrixTable
          session={cycle.targetSession}
          letters={letters}
          rows={shown.map((r): CompactMatrixRow => {
            const row: CompactMatrixRow = [
              r.state.iso3,
              r.state.name,
              groupIndex.get(r.state.group)!,
              letters.map((l) => statusIndex.get(r.cells[l]!.status)).join(""),
              letters.reduce((mask, l, i) => (r.cells[l]!.isLate ? mask | (1 << i) : mask), 0),
              r.reviewerId ? (reviewerIndex.get(r.reviewerId) ?? -1) : -1,
            ];
            if (r.extendedTo) row.push(t("extendedTo", { date: formatDate(r.extendedTo, locale) }));
            return row;
          })}
          groups={REGIONAL_GROUPS.map((g) => tDay(`groups.${g}`))}
          reviewers={reviewers.map((r) => r.name)}
          statusShort={abbr}
          isAdmin={isAdmin}
          text={{ caption: t("caption"), select: t("select"), state: t("state"), group: t("group"), reviewer: t("reviewer"), selectState: t("selectState", { state: "{state}" }) }}
        />
      </div>
    </section>
  );
}
