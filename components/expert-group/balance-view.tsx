import { getTranslations } from "next-intl/server";
import type { BalanceCheck, GroupException } from "@/lib/expert-group/balance";
import { GROUP_LABELS } from "@/lib/groups";
import styles from "./balance-view.module.css";
import { DataTable } from "../ui/data-table";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const signed = (x: number) => `${x > 0 ? "+" : x < 0 ? "−" : "±"}${Math.abs(x).toFixed(1)}`;

/**
 * The balance as a chart (CSS bars with their values in text) and a table, with the exceptions spelled out.
 * Public (default): each group's share of the seats beside its share of the membership, and the difference as a
 * measure, never a verdict (no rule defines over- or under-representation). `flags` (the administrator's editor)
 * adds the one-seat check the Secretariat uses while composing the group.
 */
export async function BalanceView({
  balance,
  today,
  headingLevel = 2,
  flags = false,
}: {
  balance: BalanceCheck;
  today: string;
  headingLevel?: 2 | 3;
  flags?: boolean;
}) {
  const [t, tr] = await Promise.all([getTranslations("balance"), getTranslations("record")]);
  const H = `h${headingLevel}` as "h2";
  const Sub = `h${headingLevel + 1}` as "h3";
  const vacant = balance.seats - balance.filled;
  const exception = (e: GroupException) => {
    const args = { name: e.name, group: GROUP_LABELS[e.countedIn].group, other: e.alsoIn ? GROUP_LABELS[e.alsoIn].group : "" };
    return e.reason === "no_group" ? t("noGroup", args) : e.reason === "two_groups" ? t("twoGroups", args) : t("countedElsewhere", args);
  };
  return (
    <section aria-labelledby="balance-title" className="balance">
      <H id="balance-title">{t("title")}</H>
      {flags ? (
        <>
          <p>{t("intro", { seats: balance.seats, total: balance.membershipTotal, today })}</p>
          <p className={balance.flagged.length ? "notice warn" : "notice ok"} role="status">
            {balance.flagged.length ? t("flagged", { count: balance.flagged.length }) : t("allBalanced")}
            {vacant > 0 && <> {t("vacant", { vacant, seats: balance.seats })}</>}
          </p>
        </>
      ) : (
        <>
          <p>{tr("balanceIntro", { seats: balance.seats, total: balance.membershipTotal, date: today })}</p>
          <p>{tr("balanceMeasure")}</p>
          {vacant > 0 && <p>{t("vacant", { vacant, seats: balance.seats })}</p>}
        </>
      )}
      <figure className={styles.chart}>
        <figcaption>{t("chartLabel")}</figcaption>
        <ul>
          {balance.rows.map((r) => (
            <li key={r.group} data-group={r.group}>
              <span className="balance-bar-label">
                {GROUP_LABELS[r.group].group}
                {flags && r.flag && <strong className={styles.flag}> — {t(r.flag)}</strong>}
              </span>
              <span className={styles.barRow}>
                <span className={`${styles.bar} ${styles.seats}`} style={{ width: `${r.seatShare * 60}%` }} aria-hidden="true" />
                <span className={styles.barValue}>{t("seatsBar", { percent: pct(r.seatShare), count: r.seatsHeld })}</span>
              </span>
              <span className={styles.barRow}>
                <span className={`${styles.bar} ${styles.membership}`} style={{ width: `${r.membershipShare * 60}%` }} aria-hidden="true" />
                <span className={styles.barValue}>{t("membershipBar", { percent: pct(r.membershipShare), count: r.membership })}</span>
              </span>
            </li>
          ))}
        </ul>
      </figure>
      <DataTable
        caption={t("caption")}
        hideCaption
        rows={balance.rows}
        rowKey={(r) => r.group}
        rowProps={(r) => ({ "data-group": r.group, ...(flags ? { "data-flag": r.flag ?? "none" } : {}) })}
        columns={[
          // The one-seat check is the administrator's working aid; the public page shows the measure only.
          { key: "group", header: t("group"), rowHeader: true, cell: (r) => GROUP_LABELS[r.group].group },
          { key: "seats", header: t("seatsHeld"), className: "num", cell: (r) => r.seatsHeld },
          { key: "seatShare", header: t("seatShare"), className: "num", cell: (r) => pct(r.seatShare) },
          { key: "membership", header: t("membership"), className: "num", cell: (r) => r.membership },
          { key: "membershipShare", header: t("membershipShare"), className: "num", cell: (r) => pct(r.membershipShare) },
          { key: "proportional", header: t("proportional"), className: "num", cell: (r) => r.proportionalSeats.toFixed(1) },
          { key: "difference", header: t("difference"), className: "num", cell: (r) => signed(r.difference) },
          ...(flags
            ? [{ key: "flag", header: t("flag"), cell: (r: BalanceCheck["rows"][number]) => (r.flag ? <strong className={styles.flag}>{t(r.flag)}</strong> : <span className="muted">{t("balanced")}</span>) }]
            : []),
        ]}
      />
      <Sub>{t("exceptions")}</Sub>
      <ul>
        {[...balance.memberExceptions, ...balance.membershipExceptions.filter((e) => !balance.memberExceptions.some((m) => m.iso3 === e.iso3))].map((e) => (
          <li key={e.iso3}>
            {exception(e)}
            {e.note && <span className="muted"> {e.note}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
