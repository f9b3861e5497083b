import { getTranslations } from "next-intl/server";
import type { BalanceCheck, GroupException } from "@/lib/expert-group/balance";
import { readerLocale } from "@/lib/i18n/reader";
import { stateName } from "@/lib/i18n/state-names";
import styles from "./balance-view.module.css";
import { DataTable } from "../ui/data-table";

/** The catalog key of each regional group's name (messages/<locale>/regionalGroups.json). */
const GROUP_KEYS = {
  african: "group.african",
  asia_pacific: "group.asia_pacific",
  eastern_european: "group.eastern_european",
  latin_american_caribbean: "group.latin_american_caribbean",
  western_european_others: "group.western_european_others",
} as const;

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
  const [t, tr, tg, locale] = await Promise.all([getTranslations("balance"), getTranslations("record"), getTranslations("regionalGroups"), readerLocale()]);
  const groupName = (g: keyof typeof GROUP_KEYS) => tg(GROUP_KEYS[g]);
  const H = `h${headingLevel}` as "h2";
  const Sub = `h${headingLevel + 1}` as "h3";
  const vacant = balance.seats - balance.filled;
  const exception = (e: GroupException) => {
    const args = { name: locale === "en" ? e.name : stateName(e.iso3, locale), group: groupName(e.countedIn), other: e.alsoIn ? groupName(e.alsoIn) : "" };
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
                {groupName(r.group)}
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
          { key: "group", header: t("group"), rowHeader: true, cell: (r) => groupName(r.group) },
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
            {e.note && (
              <span className="muted" lang="en">
                {" "}
                {e.note}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
