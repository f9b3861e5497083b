import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Deadline } from "@/components/deadline";
import { ClientMessages } from "@/components/client-messages";
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
import { reference } from "@/lib/reference-cache";
import { formatDate, formatNewYorkMoment } from "@/lib/i18n/dates";
import { readerLocale } from "@/lib/i18n/reader";
import { readerStateName } from "@/lib/i18n/state-names";
import { LOCALE_INFO } from "@/lib/i18n/locales";
import { sessionName } from "@/lib/i18n/session-ordinal";
import { itemRefSchema, REPLY_FORM_CHECKS } from "@/lib/validation/submission";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Facts, PlainText, ResolutionQuote } from "@/components/ui/blocks";

type Params = { iso3: string; session: string; letter: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { letter, session } = await params;
  const [t, locale] = await Promise.all([getTranslations("itemPage"), readerLocale()]);
  const n = Number(session);
  return { title: t("metaTitle", { letter, session: Number.isInteger(n) && n >= 1 && n <= 99 ? sessionName(n, locale) : session }) };
}

export default async function ItemEditorPage({ params }: { params: Promise<Params> }) {
  const raw = await params;
  const user = await requirePageUser(`/states/${raw.iso3}/cycles/${raw.session}/items/${raw.letter}`);
  const ref = itemRefSchema.safeParse(raw);
  if (!ref.success) notFound();
  const [view, now] = await Promise.all([orPageError(getEditorView(db(), user, ref.data, reference)), clockNow()]);
  const { state, cycle, item, submission: s, comments, letters, submittedRevision, deadline } = view;
  const [t, tReply, tMail, locale, mandate] = await Promise.all([getTranslations("itemPage"), getTranslations("reply"), getTranslations("mail"), readerLocale(), reference(`cycle-mandate:${cycle.id}`, () => getCycleMandate(db(), cycle))]);
  const formatNewYorkDateTime = (d: Date) => formatNewYorkMoment(d, locale, (time) => tMail("newYork", { time }));
  const day = (d: Date) => formatDate(d, locale);
  // The State in the reader's language (English: its name as recorded on the day).
  const name = readerStateName(state.iso3, state.name, locale);
  const base = `/states/${state.iso3}/cycles/${cycle.targetSession}/items/${item.letter}`;
  const closed = cycle.closedAt !== null;
  const status = s?.status ?? "not_started";

  return (
    <article aria-labelledby="item-title">
      <Breadcrumb landmark>
        <Link href={`/states/${state.iso3}`}>{name}</Link> › {t("breadcrumbItem", { session: sessionName(cycle.targetSession, locale), letter: item.letter })}
      </Breadcrumb>
      <h1 id="item-title">{t("title", { letter: item.letter })} <span lang="en">{item.shortTitle}</span></h1>
      <ResolutionQuote id="item-question" lang={LOCALE_INFO[locale].bcp47}>
        <p>
          {t("quote", { paragraph: mandate.paragraph ?? 3, letter: item.letter, number: mandate.number })}
          <span lang="en">{item.text}</span>
          {t("quoteEnd")}
        </p>
      </ResolutionQuote>

      <Facts>
        {closed && (
          <>
            <dt>{t("status")}</dt>
            <dd>
              <StatusBadge status={status} />
            </dd>
          </>
        )}
        {s?.isLate && (
          <>
            <dt>{t("late")}</dt>
            <dd>
              <span className="badge late">{t("late")}</span>
            </dd>
          </>
        )}
        <dt>{t("deadlineFor", { state: name })}</dt>
        <dd>
          {closed ? <time dateTime={deadline.toISOString()}>{formatNewYorkDateTime(deadline)}</time> : <Deadline deadline={deadline} now={now} />}
          {view.extension && <p className="muted">{t("extended", { reason: view.extension.reason })}</p>}
        </dd>
        {s?.submittedAt && (
          <>
            <dt>{t("lastSubmitted")}</dt>
            <dd>{formatNewYorkDateTime(s.submittedAt)}</dd>
          </>
        )}
      </Facts>

      {comments.length > 0 && (
        <section aria-labelledby="comments-title" className="card">
          <h2 id="comments-title">{t("comments")}</h2>
          <ul>
            {comments.map((c) => (
              <li key={c.id}>
                <p dir="auto">{c.body}</p>
                <p className="muted">{day(c.createdAt)}</p>
              </li>
            ))}
          </ul>
        </section>
      )}

      {closed ? (
        <section className="card">
          <p className="notice">{t("closed")}</p>
          <h2>{t("asSubmitted")}</h2>
          {submittedRevision ? (
            <>
              <p className="muted">{tReply("original", { language: submittedRevision.language })}</p>
              {submittedRevision.isNilReply ? <p>{tReply("nilReply")}</p> : <PlainText lang={submittedRevision.language} dir="auto">{submittedRevision.body}</PlainText>}
            </>
          ) : (
            <p>{t("noReply")}</p>
          )}
        </section>
      ) : (
        <ClientMessages namespaces={["editor", "status", "replyForm", "reply"]} forms={REPLY_FORM_CHECKS}>
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
                  submittedAtText: formatNewYorkDateTime(s.submittedAt),
                  version: submittedRevision.version,
                }
              : null
          }
          pastDeadline={isLateAt(now, deadline)}
        />
        </ClientMessages>
      )}

      <section aria-labelledby="letter-title" className="card">
        <h2 id="letter-title">{t("letterTitle")}</h2>
        {letters.length > 0 ? (
          <ul>
            {letters.map((l) => (
              <li key={l.id}>
                <a href={`/api/attachments/${l.id}`}>{l.fileName}</a> ({t("letterFacts", { size: Math.ceil(l.sizeBytes / 1024), date: day(l.createdAt) })})
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("noLetter")}</p>
        )}
        {!closed && (
          <ClientMessages namespaces={["replyForm"]} forms={false}>
            <LetterUpload endpoint={`/api${base}/letter`} />
          </ClientMessages>
        )}
      </section>

      <p>
        <Link href={`${base}/history`}>{t("history")}</Link>
      </p>
    </article>
  );
}
