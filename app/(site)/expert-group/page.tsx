import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { readerLocale } from "@/lib/i18n/reader";
import { formatDate, formatMonth } from "@/lib/i18n/dates";
import { inReaderLanguage, readerStateName } from "@/lib/i18n/state-names";
import { BalanceView } from "@/components/expert-group/balance-view";
import { MemberName } from "@/components/expert-group/chair-badge";
import { db } from "@/db/client";
import { currentUser } from "@/lib/auth/guards";
import { now as clockNow } from "@/lib/clock";
import { getExpertGroupsView } from "@/lib/expert-group/queries";
import { newYorkDate } from "@/lib/time";
import { ResolutionQuote } from "@/components/ui/blocks";
import { DataTable } from "@/components/ui/data-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("expertGroup"))("nav") };
}

export default async function ExpertGroupPage() {
  await connection();
  const [t, tr, tg, now, user, locale] = await Promise.all([getTranslations("expertGroup"), getTranslations("record"), getTranslations("regionalGroups"), clockNow(), currentUser(), readerLocale()]);
  const groups = await getExpertGroupsView(db(), now);
  if (groups.length === 0) return <h1>{t("title")}</h1>;
  return (
    <>
      {groups.map((g) => (
        <article key={g.group.id} aria-labelledby={`eg-${g.group.id}`}>
          <h1 id={`eg-${g.group.id}`}>{t("title")}</h1>
          <p className="lede" lang="en">{g.group.name}</p>
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
            <ResolutionQuote key={p.id} lang="en" cite={`https://undocs.org/${g.resolutionSymbol}`}>
              <p>
                {p.number}. <span className="verb">{p.verb}</span> {p.text}
              </p>
            </ResolutionQuote>
          ))}

          <h2>{t("members")}</h2>
          <p className="muted">{tr("namesAsOf", { date: formatDate(g.asOf, locale) })}</p>
          <p>{g.chair ? t("chairLine", { name: g.chair.expertName ?? t("notRecorded"), state: readerStateName(g.chair.iso3, g.chair.name, locale) }) : t("noChair")}</p>
          <DataTable
            caption={t("membersCaption", { count: g.members.length })}
            hideCaption
            rows={inReaderLanguage(g.members, locale)}
            rowKey={(m) => m.iso3}
            rowProps={(m) => ({ "data-iso3": m.iso3 })}
            columns={[
              { key: "state", header: t("state"), rowHeader: true, cell: (m) => <MemberName name={m.name} isChair={m.isChair} chairLabel={t("chair")} /> },
              { key: "group", header: t("group"), cell: (m) => tg(`group.${m.electoralGroup}`) },
              {
                key: "expert",
                header: t("expert"),
                cell: (m) => (
                  <>
                    {m.expertName ?? <span className="muted">{t("notRecorded")}</span>}
                  </>
                ),
              },
            ]}
          />

          <BalanceView balance={g.balance} today={formatDate(g.asOf, locale)} />

          <h2>{t("sessions")}</h2>
          <DataTable
            caption={t("sessionsCaption")}
            hideCaption
            rows={g.sessions}
            rowKey={(s) => s.id}
            columns={[
              { key: "session", header: t("session"), rowHeader: true, cell: (s) => s.number },
              {
                key: "dates",
                header: t("dates"),
                cellClassName: "nowrap",
                cell: (s) =>
                  s.days ? (
                    <>
                      <time dateTime={s.days.start}>{formatDate(s.days.start, locale)}</time> – <time dateTime={s.days.end}>{formatDate(s.days.end, locale)}</time>
                    </>
                  ) : s.month ? (
                    // The days are not established: only the month is shown.
                    <time dateTime={s.month}>{formatMonth(s.month, locale)}</time>
                  ) : (
                    <span className="muted">{t("notRecorded")}</span>
                  ),
              },
              { key: "venue", header: t("venue"), cell: (s) => s.venue ?? <span className="muted">{t("notRecorded")}</span> },
            ]}
          />

          <h2>{t("report")}</h2>
          {g.group.reportSymbol && g.group.reportDate && g.group.reportDate <= newYorkDate(now) ? (
            <p>
              {t("reportLine", { symbol: g.group.reportSymbol, date: formatDate(g.group.reportDate, locale), item: g.group.reportAgendaItem ?? "—", session: g.group.reportDueSession })}{" "}
              <a href={`https://undocs.org/${g.group.reportSymbol}`}>{`undocs.org/${g.group.reportSymbol}`}</a>
            </p>
          ) : (
            <p>{t("reportPending")}</p>
          )}

        </article>
      ))}
    </>
  );
}
