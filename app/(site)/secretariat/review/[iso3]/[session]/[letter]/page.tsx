import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Deadline } from "@/components/deadline";
import { CommentForm } from "@/components/review/comment-form";
import { ExtensionForm } from "@/components/review/extension-form";
import { ReviewActions } from "@/components/review/review-actions";
import { StatusBadge } from "@/components/status-badge";
import { TextDiff } from "@/components/text-diff";
import { db } from "@/db/client";
import { requirePageRole } from "@/lib/auth/guards";
import { now as clockNow } from "@/lib/clock";
import { orPageError } from "@/lib/page-errors";
import { getReviewView, listReviewers } from "@/lib/review/queries";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { formatDate, formatNewYorkMoment } from "@/lib/i18n/dates";
import { readerLocale } from "@/lib/i18n/reader";
import { readerStateName } from "@/lib/i18n/state-names";
import { sessionName } from "@/lib/i18n/session-ordinal";
import { itemRefSchema } from "@/lib/validation/submission";
import { allowedActions } from "@/lib/workflow";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Facts, PlainText, ResolutionQuote } from "@/components/ui/blocks";
import styles from "./page.module.css";

type Params = { iso3: string; session: string; letter: string };
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review"))("metaTitle") };
}

export default async function ReviewPage({ params }: { params: Promise<Params> }) {
  const raw = await params;
  const user = await requirePageRole(`/secretariat/review/${raw.iso3}/${raw.session}/${raw.letter}`, "reviewer", "admin");
  const ref = itemRefSchema.safeParse(raw);
  if (!ref.success) notFound();
  const [view, now, reviewers, t, tReply, tStatus, locale] = await Promise.all([
    orPageError(getReviewView(db(), user, ref.data)),
    clockNow(),
    listReviewers(db()),
    getTranslations("review"),
    getTranslations("reply"),
    getTranslations("status"),
    readerLocale(),
  ]);
  const tMail = await getTranslations("mail");
  const formatNewYorkDateTime = (d: Date) => formatNewYorkMoment(d, locale, (time) => tMail("newYork", { time }));
  const day = (d: Date) => formatDate(d, locale);
  const statusName = (s: string) => (tStatus.has(s) ? tStatus(s) : s);
  const actionName = (a: string) => {
    const key = `action.${a.replace("submission.", "")}`;
    return t.has(key) ? t(key) : a;
  };
  const { state, cycle, item, submission: s, submitted, comments, letters, history, deadline, extension } = view;
  const stateName = readerStateName(state.iso3, state.name, locale);
  const status = s?.status ?? "not_started";
  const current = submitted[0];
  const previous = submitted[1];
  const text = (r: { body: string; isNilReply: boolean }) => (r.isNilReply ? tReply("nilReply") : r.body);
  const reviewerName = reviewers.find((r) => r.id === view.reviewerId)?.name;
  const actions = allowedActions(user.role, status).filter((a): a is "start_review" | "return" | "accept" | "publish" =>
    ["start_review", "return", "accept", "publish"].includes(a),
  );

  return (
    <article aria-labelledby="review-title">
      <Breadcrumb landmark>
        <Link href="/secretariat">{t("secretariat")}</Link> › <Link href={`/secretariat/cycles/${cycle.targetSession}`}>{sessionName(cycle.targetSession, locale)}</Link> ›{" "}
        {stateName} › {t("crumbItem", { letter: item.letter })}
      </Breadcrumb>
      <h1 id="review-title">{t("title", { state: stateName, letter: item.letter, session: sessionName(cycle.targetSession, locale, { style: "numeric" }) })}</h1>
      <ResolutionQuote>
        <p lang="en">“{item.text}”</p>
      </ResolutionQuote>
      <Facts>
        <dt>{t("status")}</dt>
        <dd>
          <StatusBadge status={status} /> {s?.isLate && <span className="badge late">{t("late")}</span>}
        </dd>
        <dt>{t("reviewer")}</dt>
        <dd>{reviewerName ?? t("notAssigned")}</dd>
        <dt>{t("deadlineForState")}</dt>
        <dd>
          <Deadline deadline={deadline} now={now} />
          {extension && <p className="muted">{t("extended", { reason: extension.reason })}</p>}
        </dd>
        {s?.submittedAt && (
          <>
            <dt>{t("received")}</dt>
            <dd>
              {formatNewYorkDateTime(s.submittedAt)}
              {s.firstSubmittedAt && s.firstSubmittedAt.getTime() !== s.submittedAt.getTime() && ` ${t("firstReceived", { date: day(s.firstSubmittedAt) })}`}
            </dd>
            <dt>{t("publication")}</dt>
            <dd>{s.publication === "public" ? t("public") : t("restricted")}</dd>
          </>
        )}
      </Facts>

      <section aria-labelledby="text-title">
        <h2 id="text-title">{t("asSubmitted")}</h2>
        {current ? (
          <>
            <p className="muted">
              {tReply("original", { language: current.language })} {t("versionLine", { date: day(current.createdAt), version: current.version })}
            </p>
            <PlainText className="card" lang={current.language} dir="auto">
              {text(current)}
            </PlainText>
          </>
        ) : (
          <p>{t("nothingSubmitted")}</p>
        )}
      </section>

      {current && previous && (
        <section aria-labelledby="changes-title">
          <h2 id="changes-title">{t("changesSince", { version: previous.version })}</h2>
          <TextDiff older={text(previous)} newer={text(current)} lang={current.language} />
        </section>
      )}

      <section aria-labelledby="actions-title">
        <h2 id="actions-title">{t("review")}</h2>
        {cycle.closedAt && <p className="notice">{t("closed")}</p>}
        <ClientMessages namespaces={["review"]} forms={false}>
          <ReviewActions iso3={state.iso3} session={cycle.targetSession} letter={item.letter} allowed={actions} />
        </ClientMessages>
      </section>

      <section aria-labelledby="comments-title">
        <h2 id="comments-title">{t("comments")}</h2>
        {comments.length === 0 ? (
          <p className="muted">{t("noComments")}</p>
        ) : (
          <ul className={styles.comments}>
            {comments.map((c) => (
              <li key={c.id} data-visibility={c.visibility}>
                <p>
                  <strong>{c.visibility === "internal" ? t("internal") : t("toDelegation")}</strong> — {c.author}, {formatNewYorkDateTime(c.createdAt)}
                </p>
                <p dir="auto">{c.body}</p>
              </li>
            ))}
          </ul>
        )}
        <ClientMessages namespaces={["review"]} forms={false}>
          <CommentForm iso3={state.iso3} session={cycle.targetSession} letter={item.letter} />
        </ClientMessages>
      </section>

      <section aria-labelledby="letters-title">
        <h2 id="letters-title">{t("letterTitle")}</h2>
        {letters.length === 0 ? (
          <p className="muted">{t("noLetter")}</p>
        ) : (
          <ul>
            {letters.map((l) => (
              <li key={l.id}>
                <a href={`/api/attachments/${l.id}`}>{l.fileName}</a> ({t("size", { size: Math.ceil(l.sizeBytes / 1024) })})
              </li>
            ))}
          </ul>
        )}
      </section>

      {!cycle.closedAt && (
        <section aria-labelledby="extension-title">
          <h2 id="extension-title">{t("extensionFor", { state: stateName })}</h2>
          <ClientMessages namespaces={["review"]} forms={false}>
            <ExtensionForm iso3={state.iso3} session={cycle.targetSession} />
          </ClientMessages>
        </section>
      )}

      <section aria-labelledby="history-title">
        <h2 id="history-title">{t("history")}</h2>
        {history.length === 0 ? (
          <p className="muted">{t("nothingYet")}</p>
        ) : (
          <table>
            <caption className="visually-hidden">{t("historyCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("when")}</th>
                <th scope="col">{t("who")}</th>
                <th scope="col">{t("what")}</th>
                <th scope="col">{t("status")}</th>
              </tr>
            </thead>
            <tbody>
              {history.map((h) => (
                <tr key={h.id}>
                  <td>{formatNewYorkDateTime(h.createdAt)}</td>
                  <td>{h.actor ?? "—"}</td>
                  <td>{actionName(h.action)}</td>
                  <td>{h.fromStatus && h.toStatus ? `${statusName(h.fromStatus)} → ${statusName(h.toStatus)}` : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </article>
  );
}
