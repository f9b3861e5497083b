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
import { formatNewYorkDateTime, formatUnDate } from "@/lib/time";
import { itemRefSchema, LANGUAGE_NAMES, NIL_REPLY_TEXT } from "@/lib/validation/submission";
import { allowedActions } from "@/lib/workflow";
import { ordinal } from "@/lib/ordinal";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Facts, PlainText, ResolutionQuote } from "@/components/ui/blocks";
import styles from "./page.module.css";

type Params = { iso3: string; session: string; letter: string };
export const metadata: Metadata = { title: "Review a reply" };

export default async function ReviewPage({ params }: { params: Promise<Params> }) {
  const raw = await params;
  const user = await requirePageRole(`/secretariat/review/${raw.iso3}/${raw.session}/${raw.letter}`, "reviewer", "admin");
  const ref = itemRefSchema.safeParse(raw);
  if (!ref.success) notFound();
  const [view, now, reviewers] = await Promise.all([orPageError(getReviewView(db(), user, ref.data)), clockNow(), listReviewers(db())]);
  const { state, cycle, item, submission: s, submitted, comments, letters, history, deadline, extension } = view;
  const status = s?.status ?? "not_started";
  const current = submitted[0];
  const previous = submitted[1];
  const text = (r: { body: string; isNilReply: boolean }) => (r.isNilReply ? NIL_REPLY_TEXT : r.body);
  const reviewerName = reviewers.find((r) => r.id === view.reviewerId)?.name;
  const actions = allowedActions(user.role, status).filter((a): a is "start_review" | "return" | "accept" | "publish" =>
    ["start_review", "return", "accept", "publish"].includes(a),
  );

  return (
    <article aria-labelledby="review-title">
      <Breadcrumb landmark>
        <Link href="/secretariat">Secretariat</Link> › <Link href={`/secretariat/cycles/${cycle.targetSession}`}>{ordinal(cycle.targetSession)} session</Link> › {state.name} › item (
        {item.letter})
      </Breadcrumb>
      <h1 id="review-title">
        {state.name}: item ({item.letter}), {ordinal(cycle.targetSession)} session
      </h1>
      <ResolutionQuote>
        <p>“{item.text}”</p>
      </ResolutionQuote>
      <Facts>
        <dt>Status</dt>
        <dd>
          <StatusBadge status={status} /> {s?.isLate && <span className="badge late">Late</span>}
        </dd>
        <dt>Reviewer</dt>
        <dd>{reviewerName ?? "Not assigned"}</dd>
        <dt>Deadline for this State</dt>
        <dd>
          <Deadline deadline={deadline} now={now} />
          {extension && <p className="muted">Extended: {extension.reason}</p>}
        </dd>
        {s?.submittedAt && (
          <>
            <dt>Received</dt>
            <dd>
              {formatNewYorkDateTime(s.submittedAt)}
              {s.firstSubmittedAt && s.firstSubmittedAt.getTime() !== s.submittedAt.getTime() && ` (first received ${formatUnDate(s.firstSubmittedAt)})`}
            </dd>
            <dt>Publication</dt>
            <dd>{s.publication === "public" ? "Public" : "Restricted to the Secretariat and Member States"}</dd>
          </>
        )}
      </Facts>

      <section aria-labelledby="text-title">
        <h2 id="text-title">The reply as submitted</h2>
        {current ? (
          <>
            <p className="muted">
              [Original: {LANGUAGE_NAMES[current.language]}] [{formatUnDate(current.createdAt)}] — version {current.version}
            </p>
            <PlainText className="card">{text(current)}</PlainText>
          </>
        ) : (
          <p>Nothing has been submitted on this item yet. Drafts stay with the delegation.</p>
        )}
      </section>

      {current && previous && (
        <section aria-labelledby="changes-title">
          <h2 id="changes-title">What changed since the previous submission (version {previous.version})</h2>
          <TextDiff older={text(previous)} newer={text(current)} />
        </section>
      )}

      <section aria-labelledby="actions-title">
        <h2 id="actions-title">Review</h2>
        {cycle.closedAt && <p className="notice">This cycle is closed: its report has been issued.</p>}
        <ReviewActions iso3={state.iso3} session={cycle.targetSession} letter={item.letter} allowed={actions} />
      </section>

      <section aria-labelledby="comments-title">
        <h2 id="comments-title">Comments</h2>
        {comments.length === 0 ? (
          <p className="muted">No comments yet.</p>
        ) : (
          <ul className={styles.comments}>
            {comments.map((c) => (
              <li key={c.id} data-visibility={c.visibility}>
                <p>
                  <strong>{c.visibility === "internal" ? "Internal" : "To the delegation"}</strong> — {c.author}, {formatNewYorkDateTime(c.createdAt)}
                </p>
                <p>{c.body}</p>
              </li>
            ))}
          </ul>
        )}
        <CommentForm iso3={state.iso3} session={cycle.targetSession} letter={item.letter} />
      </section>

      <section aria-labelledby="letters-title">
        <h2 id="letters-title">Covering letter</h2>
        {letters.length === 0 ? (
          <p className="muted">No letter attached.</p>
        ) : (
          <ul>
            {letters.map((l) => (
              <li key={l.id}>
                <a href={`/api/attachments/${l.id}`}>{l.fileName}</a> ({Math.ceil(l.sizeBytes / 1024)} KB)
              </li>
            ))}
          </ul>
        )}
      </section>

      {!cycle.closedAt && (
        <section aria-labelledby="extension-title">
          <h2 id="extension-title">Deadline extension for {state.name}</h2>
          <ExtensionForm iso3={state.iso3} session={cycle.targetSession} />
        </section>
      )}

      <section aria-labelledby="history-title">
        <h2 id="history-title">History</h2>
        {history.length === 0 ? (
          <p className="muted">Nothing has happened yet.</p>
        ) : (
          <table>
            <caption className="visually-hidden">Audit history of this reply</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {history.map((h) => (
                <tr key={h.id}>
                  <td>{formatNewYorkDateTime(h.createdAt)}</td>
                  <td>{h.actor ?? "—"}</td>
                  <td>{h.action.replace("submission.", "").replace("_", " ")}</td>
                  <td>{h.fromStatus && h.toStatus ? `${h.fromStatus.replace("_", " ")} → ${h.toStatus.replace("_", " ")}` : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </article>
  );
}
