import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { fieldClass } from "@/components/ui/field";
import { LocalTime } from "@/components/local-time";
import { RestoreButton } from "@/components/editor/restore-button";
import { TextDiff } from "@/components/text-diff";
import { db } from "@/db/client";
import { requirePageUser } from "@/lib/auth/guards";
import { orPageError } from "@/lib/page-errors";
import { canEditState } from "@/lib/permissions";
import { nameRevisions, type RevisionName } from "@/lib/submissions/numbering";
import { listRevisions } from "@/lib/submissions/queries";
import { formatNewYorkIn } from "@/lib/time-format";
import { itemRefSchema, LANGUAGE_NAMES, NIL_REPLY_TEXT } from "@/lib/validation/submission";
import { ordinal } from "@/lib/ordinal";

type Params = { iso3: string; session: string; letter: string };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("replyHistory");
  return { title: t("metaTitle") };
}

export default async function HistoryPage({ params, searchParams }: { params: Promise<Params>; searchParams: Promise<{ from?: string; to?: string }> }) {
  const raw = await params;
  const user = await requirePageUser(`/states/${raw.iso3}/cycles/${raw.session}/items/${raw.letter}/history`);
  const ref = itemRefSchema.safeParse(raw);
  if (!ref.success) notFound();
  const [{ state, cycle, item, submission, revisions }, t, tEditor, locale] = await Promise.all([
    orPageError(listRevisions(db(), user, ref.data)),
    getTranslations("replyHistory"),
    getTranslations("editor"),
    getLocale(),
  ]);
  const query = await searchParams;
  const editorHref = `/states/${state.iso3}/cycles/${cycle.targetSession}/items/${item.letter}`;
  const newest = revisions[0];
  const text = (r: (typeof revisions)[number]) => (r.isNilReply ? NIL_REPLY_TEXT : r.body);
  const to = revisions.find((r) => String(r.version) === query.to) ?? newest;
  // By default, the newest version against the last one that reads differently.
  const from =
    revisions.find((r) => String(r.version) === query.from) ??
    revisions.find((r) => to && r.version < to.version && text(r) !== text(to)) ??
    revisions[1];
  const own = canEditState(user, state.id);
  const names = nameRevisions(revisions);
  const name = (id: number) => {
    const n = names.get(id) as RevisionName;
    return n.kind === "submitted" ? t("submitted", { number: n.number }) : n.kind === "restored" ? t("restored", { after: n.after }) : t("draft", { after: n.after });
  };
  const when = (d: Date) => formatNewYorkIn(d, locale, (time) => tEditor("newYork", { time }));

  return (
    <article aria-labelledby="history-title">
      <nav aria-label={t("breadcrumb")} className="breadcrumb">
        <Link href={`/states/${state.iso3}`}>{state.name}</Link> › <Link href={editorHref}>{t("item", { letter: item.letter })}</Link> › {t("history")}
      </nav>
      <h1 id="history-title">{t("title", { letter: item.letter, session: ordinal(cycle.targetSession) })}</h1>
      {!submission || revisions.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <>
          {revisions.length > 1 && from && to && (
            <section aria-labelledby="compare-title">
              <h2 id="compare-title">{t("compare")}</h2>
              <form method="get" className="field-row compare-form">
                <VersionSelect name="from" label={t("older")} revisions={revisions} selected={from.version} nameOf={name} />
                <VersionSelect name="to" label={t("newer")} revisions={revisions} selected={to.version} nameOf={name} />
                <div>
                  <button type="submit" className="secondary">
                    {t("compareButton")}
                  </button>
                </div>
              </form>
              <p>{t("changes", { from: name(from.id), to: name(to.id) })}</p>
              <TextDiff older={text(from)} newer={text(to)} />
            </section>
          )}

          <h2>{t("all")}</h2>
          <ol reversed className="revisions">
            {revisions.map((r) => (
              <li key={r.id} id={`version-${r.version}`}>
                <p>
                  <strong>{name(r.id)}</strong>: {t("by", { author: r.author })}, <time dateTime={r.createdAt.toISOString()}>{when(r.createdAt)}</time>
                  <LocalTime iso={r.createdAt.toISOString()} /> — [{t("original", { language: LANGUAGE_NAMES[r.language] })}]
                </p>
                <details>
                  <summary>{t("showText", { name: name(r.id) })}</summary>
                  <pre className="reply-plain">{text(r)}</pre>
                </details>
                {own && cycle.closedAt === null && r.version !== newest?.version && (
                  <RestoreButton
                    iso3={state.iso3}
                    session={cycle.targetSession}
                    letter={item.letter}
                    revisionId={r.id}
                    label={t("restore", { name: name(r.id) })}
                    expectedVersion={submission.version}
                    editorHref={editorHref}
                  />
                )}
              </li>
            ))}
          </ol>
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
