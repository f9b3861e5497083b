import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { db } from "@/db/client";
import { currentUser } from "@/lib/auth/guards";
import { now as clockNow } from "@/lib/clock";
import { formatMonth } from "@/lib/i18n/dates";
import { readerDates } from "@/lib/i18n/reader";
import { sessionName } from "@/lib/i18n/session-ordinal";
import { DEFAULT_ISSUANCE_LEAD_DAYS, DEFAULT_PROCESSING_DAYS } from "@/lib/planning";
import { newYorkDate } from "@/lib/time";
import { getCyclePlans } from "@/lib/timeline/queries";
import { RuledSection } from "@/components/ui/blocks";
import { DataTable } from "@/components/ui/data-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("planning"))("title") };
}

/**
 * Public, like the timeline: the plan is computed only from public facts (session dates, deadlines and the
 * offsets), and delegations benefit from seeing why a deadline sits where it does. An administrator changes
 * a cycle's offsets on the cycles page (/admin/cycles).
 */
export default async function PlanningPage() {
  await connection();
  const [t, tr, tp, user, now, { locale, day, moment }] = await Promise.all([
    getTranslations("planning"),
    getTranslations("record"),
    getTranslations("pages"),
    currentUser(),
    clockNow(),
    readerDates(),
  ]);
  const today = newYorkDate(now);
  const plans = await getCyclePlans(db(), today);
  return (
    <section aria-labelledby="planning-title">
      <h1 id="planning-title">{t("title")}</h1>
      <p className="lede">{t("lede")}</p>
      <p className="notice">{t("assumptions", { lead: DEFAULT_ISSUANCE_LEAD_DAYS, processing: DEFAULT_PROCESSING_DAYS })}</p>
      {user?.role === "admin" && (
        <p>
          <Link href="/admin/cycles">{t("editOffsets")}</Link>
        </p>
      )}
      {plans.map((p) => {
        const id = `plan-${p.cycleId}`;
        return (
          <RuledSection key={p.cycleId} aria-labelledby={id}>
            <h2 id={id}>
              {t("cycle", { session: p.targetSession })}{" "}
              <span className="symbol muted">
                ({p.resolutionSymbol}
                {p.report ? `, ${p.report.symbol}` : ""})
              </span>
            </h2>
            <DataTable
              caption={t("caption", { session: p.targetSession })}
              hideCaption
              style={{ maxWidth: "44rem" }}
              rows={[
                { step: t("opening"), date: day(p.plan.sessionOpening) },
                { step: t("issuance", { days: p.issuanceLeadDays }), date: day(p.plan.latestIssuance) },
                { step: t("latestDeadline", { days: p.processingDays }), date: moment(p.plan.latestReplyDeadline) },
                {
                  step: t("actualDeadline"),
                  date: (
                    <>
                      {moment(p.deadline)}
                      {p.plan.slackDays !== null && p.plan.slackDays >= 0 && <span className="muted"> — {t("slack", { days: p.plan.slackDays })}</span>}
                    </>
                  ),
                },
                ...(p.expertGroup
                  ? [
                      {
                        step: t("expertGroupEnd"),
                        date: p.expertGroup.lastSessionEnd
                          ? day(p.expertGroup.lastSessionEnd)
                          : p.expertGroup.lastSessionMonth
                            ? t("monthOnly", { month: formatMonth(p.expertGroup.lastSessionMonth, locale) })
                            : t("notRecorded"),
                      },
                    ]
                  : []),
              ]}
              rowKey={(r) => r.step}
              columns={[
                { key: "step", header: t("step"), rowHeader: true, cell: (r) => r.step },
                { key: "date", header: t("date"), cell: (r) => r.date },
              ]}
            />
            {p.plan.warnings.length === 0 ? (
              <p className="notice ok">{t("ok")}</p>
            ) : (
              p.plan.warnings.map((w) => (
                <p key={w.kind} className="notice warn" role="note">
                  <strong>{tp("warning")} </strong>
                  {w.kind === "deadline_too_late"
                    ? t("deadlineTooLate", { left: w.processingDaysLeft, needed: p.processingDays, short: w.daysShort })
                    : p.expertGroup?.lastSessionEnd
                      ? t("expertGroupTooLate", { date: day(w.lastSessionEnd), left: w.processingDaysLeft, needed: p.processingDays, short: w.daysShort })
                      : t("expertGroupTooLateUnconfirmed", { needed: p.processingDays })}
                </p>
              ))
            )}
            <p className="muted small">
              {tr("mandatedBy", { symbol: p.resolutionSymbol })}{" "}
              {p.report
                ? p.report.issuedOn
                  ? tr("reportIssued", { symbol: p.report.symbol, date: day(p.report.issuedOn) })
                  : tr("reportIssuedUndated", { symbol: p.report.symbol })
                : tr("reportToBeIssued", { session: sessionName(p.targetSession, locale) })}
            </p>

          </RuledSection>
        );
      })}
    </section>
  );
}
