import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
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

export default async function HistoryPage({ params, searchParams }: { params: Promise<Params>; searchParams: Promise<{ from?: string; to?: string }> }) {
  const raw = await params;
  const user = await requirePageUser(`/states/${raw.iso3}/cycles/${raw.session}/items/${raw.letter}/history`);
  const ref = itemRefSchema.safeParse(raw);
  if (!ref.success) notFound();
  const { state, cycle, item, submission, revisions } = await orPageError(listRevisions(db(), user, ref.data));
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
                <VersionSelect name="from" label="Older version" revisions={revisions} selected={from.version} />
                <VersionSelect name="to" label="Newer version" revisions={revisions} selected={to.version} />
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
