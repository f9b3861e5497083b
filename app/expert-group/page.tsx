import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { BalanceView } from "@/components/expert-group/balance-view";
import { ChairBadge } from "@/components/expert-group/chair-badge";
import { db } from "@/db/client";
import { currentUser } from "@/lib/auth/guards";
import { now as clockNow } from "@/lib/clock";
import { GROUP_LABELS } from "@/lib/groups";
import { getExpertGroupsView } from "@/lib/expert-group/queries";
import { formatUnDate, newYorkDate } from "@/lib/time";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("expertGroup"))("nav") };
}

export default async function ExpertGroupPage() {
  await connection();
  const [t, now, user] = await Promise.all([getTranslations("expertGroup"), clockNow(), currentUser()]);
  const groups = await getExpertGroupsView(db(), now);
  if (groups.length === 0) return <h1>{t("title")}</h1>;
  return (
    <>
      {groups.map((g) => (
        <article key={g.group.id} aria-labelledby={`eg-${g.group.id}`}>
          <h1 id={`eg-${g.group.id}`}>{t("title")}</h1>
          <p className="lede">{g.group.name}</p>
          <p>
            {t("established", { year: g.group.establishedYear, resolution: g.resolutionNumber, seats: g.group.seats, session: g.group.reportDueSession })}
          </p>
          {user?.role === "admin" && (
            <p>
              <Link href="/admin/expert-group">{t("edit")}</Link>
            </p>
          )}

          <h2>{t("mandate")}</h2>
          {g.mandate.map((p) => (
            <blockquote key={p.id} className="resolution-quote" cite={`https://undocs.org/${g.resolutionSymbol}`}>
              <p>
                {p.number}. <span className="verb">{p.verb}</span> {p.text}
              </p>
            </blockquote>
          ))}

          <h2>{t("members")}</h2>
          <p>{g.chair ? t("chairLine", { name: g.chair.expertName ?? t("notRecorded"), state: g.chair.name }) : t("noChair")}</p>
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{t("membersCaption", { count: g.members.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("state")}</th>
                  <th scope="col">{t("group")}</th>
                  <th scope="col">{t("expert")}</th>
                </tr>
              </thead>
              <tbody>
                {g.members.map((m) => (
                  <tr key={m.iso3} data-iso3={m.iso3}>
                    <th scope="row">
                      {m.name}
                      {m.isChair && <ChairBadge label={t("chair")} />}
                    </th>
                    <td>{GROUP_LABELS[m.electoralGroup].group}</td>
                    <td>
                      {m.expertName ?? <span className="muted">{t("notRecorded")}</span>}
                      {m.assumption && <p className="muted small">{m.assumption}</p>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          <BalanceView balance={g.balance} today={formatUnDate(now)} />

          <h2>{t("sessions")}</h2>
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{t("sessionsCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("session")}</th>
                  <th scope="col">{t("dates")}</th>
                  <th scope="col">{t("venue")}</th>
                  <th scope="col">{t("note")}</th>
                </tr>
              </thead>
              <tbody>
                {g.sessions.map((s) => (
                  <tr key={s.id}>
                    <th scope="row">{s.number}</th>
                    <td className="nowrap">
                      <time dateTime={s.startDate}>{formatUnDate(s.startDate)}</time> – <time dateTime={s.endDate}>{formatUnDate(s.endDate)}</time>
                    </td>
                    <td>{s.venue}</td>
                    <td className="muted small">{s.assumption ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          <h2>{t("report")}</h2>
          {g.group.reportSymbol && g.group.reportDate && g.group.reportDate <= newYorkDate(now) ? (
            <p>
              {t("reportLine", { symbol: g.group.reportSymbol, date: formatUnDate(g.group.reportDate), item: g.group.reportAgendaItem ?? "—", session: g.group.reportDueSession })}{" "}
              <a href={`https://undocs.org/${g.group.reportSymbol}`}>undocs.org/{g.group.reportSymbol}</a>
            </p>
          ) : (
            <p>{t("reportPending")}</p>
          )}

          {g.group.sources && (
            <>
              <h2>{t("sources")}</h2>
              <ul className="small">
                {g.group.sources.split("\n").map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
            </>
          )}
        </article>
      ))}
    </>
  );
}
