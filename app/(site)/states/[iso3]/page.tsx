import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { BulkSubmit, type ReadyItem } from "@/components/bulk-submit";
import { BULK_SUBMIT_MESSAGES } from "@/components/bulk-submit-messages";
import { ClientMessages } from "@/components/client-messages";
import { Deadline } from "@/components/deadline";
import { StatusBadge } from "@/components/status-badge";
import { DueNext } from "@/components/timeline/due-next";
import { db } from "@/db/client";
import type { SubmissionStatus } from "@/db/schema";
import { findResolution, listCycleMandates } from "@/lib/resolutions/queries";
import type { Locale } from "@/lib/i18n/locales";
import { sessionName, sessionOrdinal } from "@/lib/i18n/session-ordinal";
import { formatDate, formatNewYorkMoment } from "@/lib/i18n/dates";
import { readerStateName } from "@/lib/i18n/state-names";
import { findStateOnDay } from "@/lib/states/queries";
import { requirePageUser } from "@/lib/auth/guards";
import { now as clockNow } from "@/lib/clock";
import { pickCurrentCycle } from "@/lib/cycles";
import { isLateAt } from "@/lib/deadlines";
import { canEditState, canViewState } from "@/lib/permissions";
import { getStateDashboard } from "@/lib/submissions/queries";
import { renderMarkdown } from "@/lib/markdown";
import { reference } from "@/lib/reference-cache";
import { newYorkDate } from "@/lib/time";
import stack from "./state.module.css";
import { Facts, RuledSection } from "@/components/ui/blocks";
import styles from "./page.module.css";
import { DataTable } from "@/components/ui/data-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("itemPage"))("stateTitle") };
}

const NEXT_STEP: Record<SubmissionStatus, string> = {
  not_started: "stepStart",
  draft: "stepContinue",
  returned: "stepRevise",
  submitted: "stepAmend",
  under_review: "stepAmend",
  accepted: "stepAmend",
  published: "stepView",
  withdrawn: "stepSubmitAgain",
};

export default async function StatePage({ params }: { params: Promise<{ iso3: string }> }) {
  const { iso3 } = await params;
  const user = await requirePageUser(`/states/${iso3}`);
  const now = await clockNow();
  const today = newYorkDate(now);
  const state = await reference(`state:${iso3.toUpperCase()}:${today}`, () => findStateOnDay(db(), iso3, today));
  if (!state) notFound();
  if (!canViewState(user, state.id)) forbidden();
  const own = canEditState(user, state.id);

  const [t, tp, tMail, tr, resolution, mandates, locale] = await Promise.all([
    getTranslations("delegation"),
    getTranslations("itemPage"),
    getTranslations("mail"),
    getTranslations("record"),
    findResolution(db()),
    reference("cycle-mandates", () => listCycleMandates(db())),
    getLocale(),
  ]);
  if (!resolution) notFound();
  const formatNewYorkDateTime = (d: Date) => formatNewYorkMoment(d, locale as Locale, (time) => tMail("newYork", { time }));
  const day = (d: Date | string) => formatDate(d, locale as Locale);
  const cycles = await getStateDashboard(db(), state.id, resolution.id, today, reference);
  const current = pickCurrentCycle(cycles.map((c) => c.cycle));
  const ordered = [...cycles].sort((a, b) => (a.cycle.id === current?.id ? -1 : b.cycle.id === current?.id ? 1 : b.cycle.targetSession - a.cycle.targetSession));

  return (
    <section aria-labelledby="state-title">
      <h1 id="state-title">{t("title", { state: readerStateName(state.iso3, state.nameOnDay, locale as Locale) })}</h1>
      <DueNext state={{ id: state.id, iso3: state.iso3 }} calendarLink={own} />
      {ordered.length === 0 && <p>{t("noCycle")}</p>}
      {ordered.map(({ cycle, report, items, deadline, extension }) => {
        const closed = cycle.closedAt !== null;
        const ready: ReadyItem[] = own && !closed
          ? items
              .filter(({ status, submission }) => submission && ["draft", "withdrawn"].includes(status) && (submission.isNilReply || submission.body.trim() !== ""))
              .map(({ item, submission }) => ({
                letter: item.letter,
                shortTitle: item.shortTitle,
                version: submission!.version,
                body: submission!.body,
                html: renderMarkdown(submission!.body),
                publication: submission!.publication,
                isNilReply: submission!.isNilReply,
                language: submission!.language,
              }))
          : [];
        const returned = own && !closed ? items.filter(({ status }) => status === "returned") : [];
        return (
          <RuledSection key={cycle.id} aria-labelledby={`cycle-${cycle.targetSession}`}>
            <h2 id={`cycle-${cycle.targetSession}`}>
              {t("cycle", { session: cycle.targetSession })}
              {cycle.id === current?.id ? ` ${tp("current")}` : ""}
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
              {report
                ? report.issuedOn
                  ? tr("reportIssued", { symbol: report.symbol, date: day(report.issuedOn) })
                  : tr("reportIssuedUndated", { symbol: report.symbol })
                : tr("reportToBeIssued", { session: sessionName(cycle.targetSession, locale as Locale) })}
            </p>
            {closed && <p className="notice">{t("closed")}</p>}
            {returned.length > 0 && (
              <section aria-labelledby={`returned-${cycle.targetSession}`} className="card">
                <h3 id={`returned-${cycle.targetSession}`}>{t("returnedTitle")}</h3>
                <ul>
                  {returned.map(({ item }) => (
                    <li key={item.id}>
                      <Link href={`/states/${state.iso3}/cycles/${cycle.targetSession}/items/${item.letter}`}>
                        {t("returnedItem", { letter: item.letter, title: item.shortTitle })}
                      </Link>
                    </li>
                  ))}
                </ul>
              </section>
            )}
            {closed ? (
              // A closed cycle is a record: each item's status and the way to its page, not the whole table.
              <ul className={styles.closedItems} aria-label={t("cycle", { session: cycle.targetSession })}>
                {items.map(({ item, status, submission }) => (
                  <li key={item.id}>
                    <Link href={`/states/${state.iso3}/cycles/${cycle.targetSession}/items/${item.letter}`}>
                      ({item.letter})
                      <span className="visually-hidden">
                        {" "}
                        — {t("itemOfSession", { letter: item.letter, session: sessionOrdinal(cycle.targetSession, locale as Locale, { style: "numeric" }) })}
                      </span>
                    </Link>{" "}
                    <StatusBadge status={status} />
                    {submission?.isLate && <span className="badge late">{t("late")}</span>}
                  </li>
                ))}
              </ul>
            ) : (
              <DataTable
                className={stack.stack}
                caption={t("cycle", { session: cycle.targetSession })}
                hideCaption
                rows={items}
                rowKey={(r) => r.item.id}
                columns={[
                  { key: "item", header: t("item"), rowHeader: true, cell: ({ item }) => `(${item.letter})` },
                  {
                    key: "question",
                    header: t("question"),
                    cell: ({ item, comments, status, submission }) => {
                      // Comments of this round: those on a returned reply since its last submission. Older ones are folded away.
                      const since = submission?.submittedAt ?? null;
                      const current = status === "returned" ? comments.filter((c) => !since || c.createdAt >= since) : [];
                      const past = comments.filter((c) => !current.includes(c));
                      return (
                        <>
                          <span lang="en">{item.text}</span>
                          {current.length > 0 && (
                            <div className={styles.comments}>
                              <strong>{t("fromSecretariat")}</strong>
                              <ul>
                                {current.map((c, i) => (
                                  <li key={i}>
                                    <span dir="auto">{c.body}</span> <span className="muted">({day(c.createdAt)})</span>
                                  </li>
                                ))}
                              </ul>
                            </div>
                          )}
                          {past.length > 0 && (
                            <details className={styles.comments}>
                              <summary>{t("earlierComments", { count: past.length })}</summary>
                              <ul>
                                {past.map((c, i) => (
                                  <li key={i}>
                                    <span dir="auto">{c.body}</span> <span className="muted">({day(c.createdAt)})</span>
                                  </li>
                                ))}
                              </ul>
                            </details>
                          )}
                        </>
                      );
                    },
                  },
                  {
                    key: "status",
                    header: t("status"),
                    cell: ({ status, submission }) => (
                      <>
                        <span className={stack.label}>{t("status")}: </span>
                        <StatusBadge status={status} />
                        {submission?.isLate && <span className="badge late">{t("late")}</span>}
                        {submission?.isNilReply && <span className="muted"> {t("nilReply")}</span>}
                      </>
                    ),
                  },
                  {
                    key: "saved",
                    header: t("lastSaved"),
                    cell: ({ submission }) => (
                      <>
                        <span className={stack.label}>{t("lastSaved")}: </span>
                        {submission?.lastSavedAt ? formatNewYorkDateTime(submission.lastSavedAt) : t("never")}
                      </>
                    ),
                  },
                  {
                    key: "submitted",
                    header: t("submitted"),
                    cell: ({ submission }) => (
                      <>
                        <span className={stack.label}>{t("submitted")}: </span>
                        {submission?.submittedAt ? day(submission.submittedAt) : t("never")}
                      </>
                    ),
                  },
                  own && {
                    key: "next",
                    header: t("nextStep"),
                    cell: ({ item, status }) => (
                      <Link href={`/states/${state.iso3}/cycles/${cycle.targetSession}/items/${item.letter}`}>
                        {closed ? t("stepView") : t(NEXT_STEP[status])}
                        <span className="visually-hidden">
                          {" "}
                          — {t("itemOfSession", { letter: item.letter, session: sessionOrdinal(cycle.targetSession, locale as Locale, { style: "numeric" }) })}
                        </span>
                      </Link>
                    ),
                  },
                ]}
              />
            )}
            {own && !closed && <ClientMessages namespaces={BULK_SUBMIT_MESSAGES} forms={false}><BulkSubmit iso3={state.iso3} session={cycle.targetSession} ready={ready} pastDeadline={isLateAt(now, deadline)} /></ClientMessages>}
          </RuledSection>
        );
      })}
    </section>
  );
}
