import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { BulkSubmit, type ReadyItem } from "@/components/bulk-submit";
import { Deadline } from "@/components/deadline";
import { StatusBadge } from "@/components/status-badge";
import { DueNext } from "@/components/timeline/due-next";
import { db } from "@/db/client";
import type { SubmissionStatus } from "@/db/schema";
import { findResolution, listCycleMandates } from "@/lib/resolutions/queries";
import { stateNameOnDay } from "@/lib/membership/queries";
import type { Locale } from "@/lib/i18n/locales";
import { sessionName } from "@/lib/i18n/session-ordinal";
import { findStateByIso3 } from "@/lib/states/queries";
import { requirePageUser } from "@/lib/auth/guards";
import { now as clockNow } from "@/lib/clock";
import { pickCurrentCycle } from "@/lib/cycles";
import { isLateAt } from "@/lib/deadlines";
import { canEditState, canViewState } from "@/lib/permissions";
import { getStateDashboard } from "@/lib/submissions/queries";
import { formatNewYorkDateTime, formatUnDate, newYorkDate } from "@/lib/time";
import { ordinal } from "@/lib/ordinal";
import { Facts, RuledSection } from "@/components/ui/blocks";
import styles from "./page.module.css";
import { DataTable } from "@/components/ui/data-table";

export const metadata: Metadata = { title: "State" };

const NEXT_STEP: Record<SubmissionStatus, string> = {
  not_started: "Start the reply",
  draft: "Continue the draft",
  returned: "Revise and submit again",
  submitted: "View or amend",
  under_review: "View or amend",
  accepted: "View or amend",
  published: "View",
  withdrawn: "Submit again",
};

export default async function StatePage({ params }: { params: Promise<{ iso3: string }> }) {
  const { iso3 } = await params;
  const user = await requirePageUser(`/states/${iso3}`);
  const state = await findStateByIso3(db(), iso3);
  if (!state) notFound();
  if (!canViewState(user, state.id)) forbidden();
  const own = canEditState(user, state.id);

  const [t, tr, now, resolution, mandates, locale] = await Promise.all([
    getTranslations("delegation"),
    getTranslations("record"),
    clockNow(),
    findResolution(db()),
    listCycleMandates(db()),
    getLocale(),
  ]);
  if (!resolution) notFound();
  const today = newYorkDate(now);
  const [cycles, stateName] = await Promise.all([getStateDashboard(db(), state.id, resolution.id), stateNameOnDay(db(), state.iso3, today)]);
  const current = pickCurrentCycle(cycles.map((c) => c.cycle));
  const ordered = [...cycles].sort((a, b) => (a.cycle.id === current?.id ? -1 : b.cycle.id === current?.id ? 1 : b.cycle.targetSession - a.cycle.targetSession));

  return (
    <section aria-labelledby="state-title">
      <h1 id="state-title">{t("title", { state: stateName })}</h1>
      <DueNext state={{ id: state.id, iso3: state.iso3 }} calendarLink={own} />
      {ordered.length === 0 && <p>{t("noCycle")}</p>}
      {ordered.map(({ cycle, items, deadline, extension }) => {
        const closed = cycle.closedAt !== null;
        const ready: ReadyItem[] = own && !closed
          ? items
              .filter(({ status, submission }) => submission && ["draft", "returned", "withdrawn"].includes(status) && (submission.isNilReply || submission.body.trim() !== ""))
              .map(({ item, submission }) => ({
                letter: item.letter,
                shortTitle: item.shortTitle,
                version: submission!.version,
                body: submission!.body,
                isNilReply: submission!.isNilReply,
                language: submission!.language,
              }))
          : [];
        return (
          <RuledSection key={cycle.id} aria-labelledby={`cycle-${cycle.targetSession}`}>
            <h2 id={`cycle-${cycle.targetSession}`}>
              {t("cycle", { session: cycle.targetSession })}
              {cycle.id === current?.id ? " (current)" : ""}
            </h2>
            <Facts>
              <dt>{t("deadline")}</dt>
              <dd>
                {closed ? <time dateTime={deadline.toISOString()}>{formatNewYorkDateTime(deadline)}</time> : <Deadline deadline={deadline} now={now} />}
                {extension && <p>{t("extension", { date: formatNewYorkDateTime(extension.deadline), reason: extension.reason })}</p>}
              </dd>
            </Facts>
            <p className="muted">
              {mandates.get(cycle.targetSession) && <>{tr("cycleMandate", { number: mandates.get(cycle.targetSession)!.number })}. </>}
              {cycle.reportSymbol && cycle.reportIssuedOn && cycle.reportIssuedOn <= today
                ? tr("reportIssued", { symbol: cycle.reportSymbol, date: formatUnDate(cycle.reportIssuedOn) })
                : tr("reportToBeIssued", { session: sessionName(cycle.targetSession, locale as Locale) })}
            </p>
            {closed && <p className="notice">{t("closed")}</p>}
            <DataTable
              caption={t("cycle", { session: cycle.targetSession })}
              hideCaption
              rows={items}
              rowKey={(r) => r.item.id}
              columns={[
                { key: "item", header: t("item"), rowHeader: true, cell: ({ item }) => `(${item.letter})` },
                {
                  key: "question",
                  header: t("question"),
                  cell: ({ item, comments }) => (
                    <>
                      {item.text}
                      {comments.length > 0 && (
                        <div className={styles.comments}>
                          <strong>From the Secretariat:</strong>
                          <ul>
                            {comments.map((c, i) => (
                              <li key={i}>
                                {c.body} <span className="muted">({formatUnDate(c.createdAt)})</span>
                              </li>
                            ))}
                          </ul>
                        </div>
                      )}
                    </>
                  ),
                },
                {
                  key: "status",
                  header: t("status"),
                  cell: ({ status, submission }) => (
                    <>
                      <StatusBadge status={status} />
                      {submission?.isLate && <span className="badge late">Late</span>}
                      {submission?.isNilReply && <span className="muted"> nil reply</span>}
                    </>
                  ),
                },
                { key: "saved", header: t("lastSaved"), cell: ({ submission }) => (submission?.lastSavedAt ? formatNewYorkDateTime(submission.lastSavedAt) : t("never")) },
                { key: "submitted", header: t("submitted"), cell: ({ submission }) => (submission?.submittedAt ? formatUnDate(submission.submittedAt) : t("never")) },
                own && {
                  key: "next",
                  header: "Next step",
                  cell: ({ item, status }) => (
                    <Link href={`/states/${state.iso3}/cycles/${cycle.targetSession}/items/${item.letter}`}>
                      {closed ? "View" : NEXT_STEP[status]}
                      <span className="visually-hidden">
                        {" "}
                        — item ({item.letter}), {ordinal(cycle.targetSession)} session
                      </span>
                    </Link>
                  ),
                },
              ]}
            />
            {own && !closed && <BulkSubmit iso3={state.iso3} session={cycle.targetSession} ready={ready} pastDeadline={isLateAt(now, deadline)} />}
          </RuledSection>
        );
      })}
    </section>
  );
}
