import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { LocalTime } from "@/components/local-time";
import { fieldClass } from "@/components/ui/field";
import { RestoreButton } from "@/components/editor/restore-button";
import { TextDiff } from "@/components/text-diff";
import { db } from "@/db/client";
import { requirePageUser } from "@/lib/auth/guards";
import { orPageError } from "@/lib/page-errors";
import { canEditState } from "@/lib/permissions";
import { nameRevisions, type RevisionName } from "@/lib/submissions/numbering";
import { countSubmittedBelow, listRevisions } from "@/lib/submissions/queries";
import { reference } from "@/lib/reference-cache";
import { formatNewYorkIn } from "@/lib/time-format";
import { itemRefSchema } from "@/lib/validation/submission";
import { sessionOrdinal } from "@/lib/i18n/session-ordinal";
import { isLocale } from "@/lib/i18n/locales";
import { readerStateName } from "@/lib/i18n/state-names";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { PlainText } from "@/components/ui/blocks";
import styles from "./page.module.css";

type Params = { iso3: string; session: string; letter: string };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("replyHistory");
  return { title: t("metaTitle") };
}

export default async function HistoryPage({ params, searchParams }: { params: Promise<Params>; searchParams: Promise<{ from?: string; to?: string; before?: string }> }) {
  const raw = await params;
  const user = await requirePageUser(`/states/${raw.iso3}/cycles/${raw.session}/items/${raw.letter}/history`);
  const ref = itemRefSchema.safeParse(raw);
  if (!ref.success) notFound();
  const query = await searchParams;
  const before = Number(query.before);
  // One page of versions at a time; the two compared are read by number wherever they are.
  const { state, cycle, item, submission, revisions, picked, nextBefore } = await orPageError(
    listRevisions(db(), user, ref.data, { before: Number.isInteger(before) && before > 0 ? before : undefined, versions: [Number(query.from), Number(query.to)] }, reference),
  );
  const [t, th, tEditor, tReply, locale] = await Promise.all([getTranslations("history"), getTranslations("replyHistory"), getTranslations("editor"), getTranslations("reply"), getLocale()]);
  const editorHref = `/states/${state.iso3}/cycles/${cycle.targetSession}/items/${item.letter}`;
  const newest = submission && !query.before ? revisions[0] : undefined;
  const text = (r: (typeof revisions)[number]) => (r.isNilReply ? tReply("nilReply") : r.body);
  const choices = [...new Map([...revisions, ...picked].map((r) => [r.version, r])).values()].sort((a, b) => b.version - a.version);
  const to = choices.find((r) => String(r.version) === query.to) ?? revisions[0];
  // By default, the newest version against the last one that reads differently.
  const from =
    choices.find((r) => String(r.version) === query.from) ??
    revisions.find((r) => to && r.version < to.version && text(r) !== text(to)) ??
    revisions[1];
  const pageLink = (older: number | null) => {
    const q = new URLSearchParams();
    if (older) q.set("before", String(older));
    return `?${q.toString()}`;
  };
  const own = canEditState(user, state.id);
  // Submitted versions numbered 1, 2… as a person counts them, on whichever page of the history.
  const oldestShown = choices[choices.length - 1];
  const offset = submission && oldestShown ? await countSubmittedBelow(db(), submission.id, oldestShown.version) : 0;
  const names = nameRevisions(choices, offset);
  const name = (id: number) => {
    const n = names.get(id) as RevisionName;
    return n.kind === "submitted" ? th("submitted", { number: n.number }) : n.kind === "restored" ? th("restored", { after: n.after }) : th("draft", { after: n.after });
  };
  const when = (d: Date) => formatNewYorkIn(d, locale, (time) => tEditor("newYork", { time }));

  return (
    <article aria-labelledby="history-title">
      <Breadcrumb landmark>
        <Link href={`/states/${state.iso3}`}>{readerStateName(state.iso3, state.name, isLocale(locale) ? locale : "en")}</Link> › <Link href={editorHref}>{th("item", { letter: item.letter })}</Link> › {th("history")}
      </Breadcrumb>
      <h1 id="history-title">{th("title", { letter: item.letter, session: sessionOrdinal(cycle.targetSession, isLocale(locale) ? locale : "en", { style: "numeric" }) })}</h1>
      {!submission || revisions.length === 0 ? (
        <p>{th("none")}</p>
      ) : (
        <>
          {revisions.length > 1 && from && to && (
            <section aria-labelledby="compare-title">
              <h2 id="compare-title">{th("compare")}</h2>
              <form method="get" className="field-row compare-form">
                <VersionSelect name="from" label={th("older")} revisions={choices} selected={from.version} nameOf={name} />
                <VersionSelect name="to" label={th("newer")} revisions={choices} selected={to.version} nameOf={name} />
                <div>
                  <button type="submit" className="secondary">
                    {th("compareButton")}
                  </button>
                </div>
              </form>
              <p>{th("changes", { from: name(from.id), to: name(to.id) })}</p>
              <TextDiff older={text(from)} newer={text(to)} lang={to.language} />
            </section>
          )}

          <h2>{th("all")}</h2>
          <ol reversed className={styles.revisions}>
            {revisions.map((r) => (
              <li key={r.id} id={`version-${r.version}`}>
                <p>
                  <strong>{name(r.id)}</strong>: {th.rich("by", { author: r.author, name: (chunks) => <bdi translate="no">{chunks}</bdi> })}, <time dateTime={r.createdAt.toISOString()}>{when(r.createdAt)}</time>
                  <LocalTime iso={r.createdAt.toISOString()} pattern={tEditor("yourTime", { time: "{time}" })} /> — {tReply("original", { language: r.language })}
                </p>
                <details>
                  <summary>{th("showText", { name: name(r.id) })}</summary>
                  <PlainText lang={r.language} dir="auto">{text(r)}</PlainText>
                </details>
                {own && cycle.closedAt === null && r.version !== newest?.version && (
                  <RestoreButton
                    iso3={state.iso3}
                    session={cycle.targetSession}
                    letter={item.letter}
                    revisionId={r.id}
                    label={th("restore", { name: name(r.id) })}
                    expectedVersion={submission.version}
                    editorHref={editorHref}
                  />
                )}
              </li>
            ))}
          </ol>
          {(nextBefore || query.before) && (
            <nav aria-label={t("label")} className="pager">
              <p>{t("showing", { from: revisions[revisions.length - 1]?.version ?? 0, to: revisions[0]?.version ?? 0 })}</p>
              {query.before && <Link href={pageLink(null)}>{t("newest")}</Link>}
              {nextBefore && <Link href={pageLink(nextBefore)}>{t("older")}</Link>}
            </nav>
          )}
        </>
      )}
    </article>
  );
}

function VersionSelect({
  name,
  label,
  revisions,
  selected,
  nameOf,
}: {
  name: string;
  label: string;
  revisions: { id: number; version: number }[];
  selected: number;
  nameOf: (id: number) => string;
}) {
  return (
    <div className={fieldClass}>
      <label htmlFor={name}>{label}</label>
      <select id={name} name={name} defaultValue={selected}>
        {revisions.map((r) => (
          <option key={r.id} value={r.version}>
            {nameOf(r.id)}
          </option>
        ))}
      </select>
    </div>
  );
}
