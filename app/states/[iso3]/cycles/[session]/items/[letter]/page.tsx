import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Deadline } from "@/components/deadline";
import { ItemEditor } from "@/components/editor/item-editor";
import { LetterUpload } from "@/components/editor/letter-upload";
import { StatusBadge } from "@/components/status-badge";
import { db } from "@/db/client";
import { getCycleMandate } from "@/lib/resolutions/queries";
import { requirePageUser } from "@/lib/auth/guards";
import { now as clockNow } from "@/lib/clock";
import { isLateAt } from "@/lib/deadlines";
import { orPageError } from "@/lib/page-errors";
import { getEditorView } from "@/lib/submissions/queries";
import { formatNewYorkDateTime, formatUnDate } from "@/lib/time";
import { itemRefSchema, LANGUAGE_NAMES, NIL_REPLY_TEXT } from "@/lib/validation/submission";
import { ordinal } from "@/lib/ordinal";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Facts, PlainText, ResolutionQuote } from "@/components/ui/blocks";

type Params = { iso3: string; session: string; letter: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { letter, session } = await params;
  return { title: `Item (${letter}), ${ordinal(Number(session))} session` };
}

export default async function ItemEditorPage({ params }: { params: Promise<Params> }) {
  const raw = await params;
  const user = await requirePageUser(`/states/${raw.iso3}/cycles/${raw.session}/items/${raw.letter}`);
  const ref = itemRefSchema.safeParse(raw);
  if (!ref.success) notFound();
  const [view, now] = await Promise.all([orPageError(getEditorView(db(), user, ref.data)), clockNow()]);
  const { state, cycle, item, submission: s, comments, letters, submittedRevision, deadline } = view;
  const [tr, mandate] = await Promise.all([getTranslations("record"), getCycleMandate(db(), cycle)]);
  const base = `/states/${state.iso3}/cycles/${cycle.targetSession}/items/${item.letter}`;
  const closed = cycle.closedAt !== null;
  const status = s?.status ?? "not_started";

  return (
    <article aria-labelledby="item-title">
      <Breadcrumb landmark>
        <Link href={`/states/${state.iso3}`}>{state.name}</Link> › {ordinal(cycle.targetSession)} session › item ({item.letter})
      </Breadcrumb>
      <h1 id="item-title">
        Item ({item.letter}): {item.shortTitle}
      </h1>
      <ResolutionQuote id="item-question">
        <p>
          {tr("itemQuote", { paragraph: mandate.paragraph ?? 3, letter: item.letter, number: mandate.number, text: item.text })}
        </p>
      </ResolutionQuote>

      <Facts>
        <dt>Status</dt>
        <dd>
          <StatusBadge status={status} />
          {s?.isLate && <span className="badge late">Late</span>} {s && <span className="muted">version {s.version}</span>}
        </dd>
        <dt>Deadline for {state.name}</dt>
        <dd>
          <Deadline deadline={deadline} now={now} />
          {view.extension && <p className="muted">Extended by the Secretariat: {view.extension.reason}</p>}
        </dd>
        {s?.submittedAt && (
          <>
            <dt>Last submitted</dt>
            <dd>{formatNewYorkDateTime(s.submittedAt)}</dd>
          </>
        )}
      </Facts>

      {comments.length > 0 && (
        <section aria-labelledby="comments-title" className="card">
          <h2 id="comments-title">Comments from the Secretariat</h2>
          <ul>
            {comments.map((c) => (
              <li key={c.id}>
                <p>{c.body}</p>
                <p className="muted">{formatUnDate(c.createdAt)}</p>
              </li>
            ))}
          </ul>
        </section>
      )}

      {closed ? (
        <section className="card">
          <p className="notice">This cycle is closed: its report has been issued, so this reply can no longer change.</p>
          <h2>The reply as submitted</h2>
          {submittedRevision ? (
            <>
              <p className="muted">[Original: {LANGUAGE_NAMES[submittedRevision.language]}]</p>
              {submittedRevision.isNilReply ? <p>{NIL_REPLY_TEXT}</p> : <PlainText>{submittedRevision.body}</PlainText>}
            </>
          ) : (
            <p>No reply was submitted on this item.</p>
          )}
        </section>
      ) : (
        <ItemEditor
          iso3={state.iso3}
          session={cycle.targetSession}
          letter={item.letter}
          itemText={item.text}
          initial={{
            body: s?.body ?? "",
            language: s?.language ?? "en",
            isNilReply: s?.isNilReply ?? false,
            publication: s?.publication ?? "public",
            version: s?.version ?? 0,
            status,
            lastSavedAt: s?.lastSavedAt?.toISOString() ?? null,
          }}
          submitted={
            submittedRevision && s?.submittedAt
              ? {
                  body: submittedRevision.body,
                  language: submittedRevision.language,
                  isNilReply: submittedRevision.isNilReply,
                  publication: s.publication,
                  submittedAt: s.submittedAt.toISOString(),
                }
              : null
          }
          pastDeadline={isLateAt(now, deadline)}
        />
      )}

      <section aria-labelledby="letter-title" className="card">
        <h2 id="letter-title">Covering note verbale (optional)</h2>
        {letters.length > 0 ? (
          <ul>
            {letters.map((l) => (
              <li key={l.id}>
                <a href={`/api/attachments/${l.id}`}>{l.fileName}</a> ({Math.ceil(l.sizeBytes / 1024)} KB, {formatUnDate(l.createdAt)})
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">No letter attached.</p>
        )}
        {!closed && <LetterUpload endpoint={`/api${base}/letter`} />}
      </section>

      <p>
        <Link href={`${base}/history`}>History of this reply: compare or restore versions</Link>
      </p>
    </article>
  );
}
