import { getTranslations } from "next-intl/server";
import type { BalanceCheck, GroupException } from "@/lib/expert-group/balance";
import { GROUP_LABELS } from "@/lib/groups";
import styles from "./balance-view.module.css";

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
      <div className="table-wrap">
        <table className="balance-table">
          <caption className="visually-hidden">{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("group")}</th>
              <th scope="col" className="num">{t("seatsHeld")}</th>
              <th scope="col" className="num">{t("seatShare")}</th>
              <th scope="col" className="num">{t("membership")}</th>
              <th scope="col" className="num">{t("membershipShare")}</th>
              <th scope="col" className="num">{t("proportional")}</th>
              <th scope="col" className="num">{t("difference")}</th>
              {flags && <th scope="col">{t("flag")}</th>}
            </tr>
          </thead>
          <tbody>
            {balance.rows.map((r) => (
              <tr key={r.group} data-group={r.group} data-flag={flags ? (r.flag ?? "none") : undefined}>
                <th scope="row">{GROUP_LABELS[r.group].group}</th>
                <td className="num">{r.seatsHeld}</td>
                <td className="num">{pct(r.seatShare)}</td>
                <td className="num">{r.membership}</td>
                <td className="num">{pct(r.membershipShare)}</td>
                <td className="num">{r.proportionalSeats.toFixed(1)}</td>
                <td className="num">{signed(r.difference)}</td>
                {flags && <td>{r.flag ? <strong className={styles.flag}>{t(r.flag)}</strong> : <span className="muted">{t("balanced")}</span>}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
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
