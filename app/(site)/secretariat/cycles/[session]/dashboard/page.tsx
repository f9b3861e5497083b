import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CycleChart } from "@/components/review/cycle-chart";
import { db } from "@/db/client";
import { requirePageRole } from "@/lib/auth/guards";
import { now } from "@/lib/clock";
import { REGIONAL_GROUPS } from "@/lib/groups";
import { formatDate, formatSigned } from "@/lib/i18n/dates";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { inReaderLanguage } from "@/lib/i18n/state-names";
import { findCycleBySession } from "@/lib/resolutions/queries";
import { getCycleDashboard } from "@/lib/review/dashboard";
import { newYorkDate } from "@/lib/time";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("secretariatDay.dashboard");
  return { title: t("title") };
}

export default async function CycleDashboardPage({ params }: { params: Promise<{ session: string }> }) {
  const { session } = await params;
  await requirePageRole(`/secretariat/cycles/${session}/dashboard`, "reviewer", "admin");
  const cycle = await findCycleBySession(db(), Number(session));
  if (!cycle) notFound();
  const [d, t, tDay, rawLocale] = await Promise.all([getCycleDashboard(db(), cycle, await now()), getTranslations("secretariatDay.dashboard"), getTranslations("secretariatDay"), getLocale()]);
  const locale = isLocale(rawLocale) ? rawLocale : DEFAULT_LOCALE;
  const groups = Object.fromEntries(REGIONAL_GROUPS.map((g) => [g, tDay(`groups.${g}`)])) as Record<(typeof REGIONAL_GROUPS)[number], string>;
  const states = (list: { iso3: string; name: string }[]) =>
    list.length === 0 ? (
      <p>{t("none")}</p>
    ) : (
      <p>
        {inReaderLanguage(list, locale).map((s, i) => (
          <span key={s.iso3}>
            {i > 0 && (locale === "ar" ? "، " : locale === "zh" ? "、" : ", ")}
            <Link href={`/states/${s.iso3}`}>{s.name}</Link>
          </span>
        ))}
      </p>
    );
  return (
    <section aria-labelledby="dash-title">
      <h1 id="dash-title">{t("heading", { session: cycle.targetSession })}</h1>
      <p className="lede">
        {t("daysLeft", { days: d.daysLeft, deadline: formatDate(cycle.deadline, locale) })} {t("members", { n: d.members })}{" "}
        <Link href={`/secretariat/cycles/${cycle.targetSession}`}>{t("matrixLink")}</Link>
      </p>
      <h2 id="chart-title">{t("chartTitle")}</h2>
      <figure aria-labelledby="chart-title" style={{ marginInline: 0 }}>
        <CycleChart
          days={d.days}
          lastYear={d.lastYear}
          deadline={newYorkDate(cycle.deadline)}
          today={-d.daysLeft}
          locale={locale}
          label={t("chartAlt")}
          labels={{
            today: t("today"),
            lastYear: d.previousSession ? t("lastYear", { session: d.previousSession }) : t("noLastYear"),
            deadline: t("deadline"),
            deadlineKey: t("deadlineOn", { date: formatDate(cycle.deadline, locale) }),
            axis: t("dateAxis"),
            key: t("key"),
            stackNote: t("stackNote"),
            groups,
          }}
        />
      </figure>
      <div className="table-wrap">
        <table className="compact">
          <caption>{t("tableCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("date")}</th>
              <th scope="col">{t("fromDeadline")}</th>
              {REGIONAL_GROUPS.map((g) => (
                <th key={g} scope="col">
                  {groups[g]}
                </th>
              ))}
              <th scope="col">{t("total")}</th>
            </tr>
          </thead>
          <tbody>
            {d.days.length === 0 && (
              <tr>
                <td colSpan={REGIONAL_GROUPS.length + 3}>{t("noReplies")}</td>
              </tr>
            )}
            {d.days.map((row) => (
              <tr key={row.date}>
                <th scope="row">{formatDate(row.date, locale)}</th>
                <td>{formatSigned(row.day, locale)}</td>
                {REGIONAL_GROUPS.map((g) => (
                  <td key={g}>{row.byGroup[g]}</td>
                ))}
                <td>{row.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {d.previousSession && (
        <p>{t("lastYearTotal", { session: d.previousSession, n: d.lastYear.reduce((s, r) => s + r.total, 0) })}</p>
      )}
      <h2>{t("notStarted", { n: d.notStarted.length })}</h2>
      {states(d.notStarted)}
      <h2>{t("late", { n: d.late.length })}</h2>
      {states(d.late)}
      <h2>{t("extended", { n: d.extended.length })}</h2>
      {d.extended.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul>
          {inReaderLanguage(d.extended, locale).map((e) => (
            <li key={e.iso3}>{t("extendedTo", { state: e.name, date: formatDate(e.deadline, locale) })}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
