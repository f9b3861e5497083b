"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { submitManyAction } from "@/app/actions/submissions";
import { type Language } from "@/lib/languages";
import { SentText } from "./editor/sent-text";
import { ConfirmDialog } from "./ui/confirm-dialog";
import { FormMessage } from "./ui/form-message";

export interface ReadyItem {
  letter: string;
  shortTitle: string;
  version: number;
  body: string;
  /** The text rendered on the server (Markdown to HTML), as the report will show it. */
  html: string;
  publication: "public" | "restricted";
  isNilReply: boolean;
  language: Language;
}

/** Submits several saved drafts at once, after showing exactly what will be sent. */
export function BulkSubmit({ iso3, session, ready, pastDeadline }: { iso3: string; session: number; ready: ReadyItem[]; pastDeadline: boolean }) {
  const router = useRouter();
  const t = useTranslations("editor");
  const tf = useTranslations("replyForm");
  const tr = useTranslations("reply");
  const dialog = useRef<HTMLDialogElement>(null);
  const [chosen, setChosen] = useState<string[]>(ready.map((r) => r.letter));
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const selected = ready.filter((r) => chosen.includes(r.letter));

  const confirm = () =>
    startTransition(async () => {
      const result = await submitManyAction({ iso3, session, items: selected.map((r) => ({ letter: r.letter, expectedVersion: r.version })) });
      dialog.current?.close();
      if (result.ok) {
        setMessage({ ok: true, text: tf("bulkDone", { count: selected.length, letters: selected.map((r) => `(${r.letter})`).join(", ") }) });
        router.refresh();
      } else setMessage({ ok: false, text: result.message });
    });

  // Stays mounted while the cycle is open, so the confirmation outlives the refresh that empties the list.
  if (ready.length === 0) {
    return <FormMessage message={message} />;
  }

  return (
    <section aria-labelledby="bulk-title" className="card">
      <h3 id="bulk-title">{tf("bulkTitle")}</h3>
      <fieldset>
        <legend>{tf("bulkLegend")}</legend>
        {ready.map((r) => (
          <div key={r.letter} className="checkbox">
            <input
              id={`bulk-${r.letter}`}
              type="checkbox"
              checked={chosen.includes(r.letter)}
              onChange={(e) => setChosen((c) => (e.target.checked ? [...c, r.letter] : c.filter((l) => l !== r.letter)))}
            />
            <label htmlFor={`bulk-${r.letter}`}>
              ({r.letter}) <span lang="en">{r.shortTitle}</span>
              {r.isNilReply ? ` — ${tf("nilReplyTag")}` : ""}
            </label>
          </div>
        ))}
      </fieldset>
      <button type="button" className="primary" disabled={selected.length === 0 || pending} onClick={() => dialog.current?.showModal()}>
        {tf("bulkButton")}
      </button>
      <FormMessage message={message} />
      <ConfirmDialog
        ref={dialog}
        titleId="bulk-confirm-title"
        title={tf("bulkConfirmTitle", { count: selected.length })}
        confirmLabel={pending ? tf("submitting") : tf("yesSubmit")}
        onConfirm={confirm}
        pending={pending}
      >
        {selected.map((r) => (
          <SentText key={r.letter}>
            <h3>
              ({r.letter}) <span lang="en">{r.shortTitle}</span> <span className="muted">{tr("original", { language: r.language })}</span>
            </h3>
            <p className="muted">{r.publication === "restricted" ? t("publicationRestricted") : t("publicationPublic")}</p>
            {r.isNilReply ? <p>{tr("nilReply")}</p> : <div className="reply-text" lang={r.language} dir="auto" dangerouslySetInnerHTML={{ __html: r.html }} />}
          </SentText>
        ))}
        {pastDeadline && <p className="notice warn">{tf("bulkLate")}</p>}
      </ConfirmDialog>
    </section>
  );
}
