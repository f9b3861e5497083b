import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { fieldClass } from "@/components/ui/field";
import { RestoreButton } from "@/components/editor/restore-button";
import { TextDiff } from "@/components/text-diff";
import { db } from "@/db/client";
import { requirePageUser } from "@/lib/auth/guards";
import { orPageError } from "@/lib/page-errors";
import { canEditState } from "@/lib/permissions";
import { listRevisions } from "@/lib/submissions/queries";
import { formatNewYorkDateTime } from "@/lib/time";
import { itemRefSchema, LANGUAGE_NAMES, NIL_REPLY_TEXT } from "@/lib/validation/submission";
import { ordinal } from "@/lib/ordinal";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { PlainText } from "@/components/ui/blocks";
import styles from "./page.module.css";

type Params = { iso3: string; session: string; letter: string };
export const metadata: Metadata = { title: "History of a reply" };

const KIND_LABEL = { draft: "Draft saved", submission: "Submitted", restore: "Restored from an earlier version" } as const;

export default async function HistoryPage({ params, searchParams }: { params: Promise<Params>; searchParams: Promise<{ from?: string; to?: string; before?: string }> }) {
  const raw = await params;
  const user = await requirePageUser(`/states/${raw.iso3}/cycles/${raw.session}/items/${raw.letter}/history`);
  const ref = itemRefSchema.safeParse(raw);
  if (!ref.success) notFound();
  const query = await searchParams;
  const before = Number(query.before);
  // One page of versions at a time; the two compared are read by number wherever they are.
  const { state, cycle, item, submission, revisions, picked, nextBefore } = await orPageError(
    listRevisions(db(), user, ref.data, { before: Number.isInteger(before) && before > 0 ? before : undefined, versions: [Number(query.from), Number(query.to)] }),
  );
  const t = await getTranslations("history");
  const editorHref = `/states/${state.iso3}/cycles/${cycle.targetSession}/items/${item.letter}`;
  const newest = submission && !query.before ? revisions[0] : undefined;
  const text = (r: (typeof revisions)[number]) => (r.isNilReply ? NIL_REPLY_TEXT : r.body);
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

  return (
    <article aria-labelledby="history-title">
      <Breadcrumb landmark>
        <Link href={`/states/${state.iso3}`}>{state.name}</Link> › <Link href={editorHref}>item ({item.letter})</Link> › history
      </Breadcrumb>
      <h1 id="history-title">
        History of item ({item.letter}), {ordinal(cycle.targetSession)} session
      </h1>
      {!submission || revisions.length === 0 ? (
        <p>No version has been saved yet.</p>
      ) : (
        <>
          {revisions.length > 1 && from && to && (
            <section aria-labelledby="compare-title">
              <h2 id="compare-title">Compare two versions</h2>
              <form method="get" className="field-row compare-form">
                <VersionSelect name="from" label="Older version" revisions={choices} selected={from.version} />
                <VersionSelect name="to" label="Newer version" revisions={choices} selected={to.version} />
                <div>
                  <button type="submit" className="secondary">
                    Compare
                  </button>
                </div>
              </form>
              <p>
                Changes from version {from.version} to version {to.version}:
              </p>
              <TextDiff older={text(from)} newer={text(to)} />
            </section>
          )}

          <h2>All versions</h2>
          <ol reversed className={styles.revisions}>
            {revisions.map((r) => (
              <li key={r.id} id={`version-${r.version}`}>
                <p>
                  <strong>Version {r.version}</strong>: {KIND_LABEL[r.kind]} by {r.author}, {formatNewYorkDateTime(r.createdAt)} — [Original:{" "}
                  {LANGUAGE_NAMES[r.language]}]
                </p>
                <details>
                  <summary>Show the text of version {r.version}</summary>
                  <PlainText>{text(r)}</PlainText>
                </details>
                {own && cycle.closedAt === null && r.version !== newest?.version && (
                  <RestoreButton
                    iso3={state.iso3}
                    session={cycle.targetSession}
                    letter={item.letter}
                    revisionId={r.id}
                    version={r.version}
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

function VersionSelect({ name, label, revisions, selected }: { name: string; label: string; revisions: { id: number; version: number; kind: keyof typeof KIND_LABEL }[]; selected: number }) {
  return (
    <div className={fieldClass}>
      <label htmlFor={name}>{label}</label>
      <select id={name} name={name} defaultValue={selected}>
        {revisions.map((r) => (
          <option key={r.id} value={r.version}>
            Version {r.version} ({KIND_LABEL[r.kind]})
          </option>
        ))}
      </select>
    </div>
  );
}
