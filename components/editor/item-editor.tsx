"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useCallback, useRef, useState, useTransition } from "react";
import { useForm, useWatch } from "react-hook-form";
import { saveDraftAction, submitReplyAction, withdrawReplyAction } from "@/app/actions/submissions";
import type { SubmissionStatus } from "@/db/schema";
import type { SavedState } from "@/lib/submissions/service";
import {
  LANGUAGE_NAMES,
  LANGUAGES,
  MAX_REPLY_CHARS,
  NIL_REPLY_TEXT,
  replySchema,
  submittableReplySchema,
  type ReplyFields,
} from "@/lib/validation/submission";
import { FieldError } from "../field-error";
import { ConflictPanel } from "./conflict-panel";
import { MarkdownPreview } from "./markdown-preview";
import { SaveIndicator } from "./save-indicator";
import { useAutosave, useLocalCopy } from "./use-autosave";

export interface ItemEditorProps {
  iso3: string;
  session: number;
  letter: string;
  itemText: string;
  initial: ReplyFields & { version: number; status: SubmissionStatus; lastSavedAt: string | null };
  /** The text the Secretariat has (last submitted), to tell the officer about unsubmitted changes. */
  submitted: (ReplyFields & { submittedAt: string }) | null;
  /** Past the State's deadline by the app's clock: a submission now is marked late. */
  pastDeadline: boolean;
}

const AMENDABLE: SubmissionStatus[] = ["submitted", "under_review", "accepted"];
const WITHDRAWABLE: SubmissionStatus[] = ["submitted", "under_review", "returned", "accepted"];

export function ItemEditor({ iso3, session, letter, itemText, initial, submitted, pastDeadline }: ItemEditorProps) {
  const router = useRouter();
  const storageKey = `tracker-draft:${iso3}:${session}:${letter}`;
  const [status, setStatus] = useState<SubmissionStatus>(initial.status);
  const [message, setMessage] = useState<{ tone: "ok" | "bad"; text: string } | null>(null);
  const [preview, setPreview] = useState(false);
  const [discarded, setDiscarded] = useState<string | null>(null);
  const [localCopyHandled, setLocalCopyHandled] = useState(false);
  const [pending, startTransition] = useTransition();
  const dialog = useRef<HTMLDialogElement>(null);
  const withdrawDialog = useRef<HTMLDialogElement>(null);

  const form = useForm<ReplyFields>({
    resolver: zodResolver(replySchema),
    mode: "onChange",
    defaultValues: { body: initial.body, language: initial.language, isNilReply: initial.isNilReply, publication: initial.publication },
  });
  const {
    register,
    setError,
    clearErrors,
    reset,
    getValues,
    control,
    formState: { errors },
  } = form;
  const values = useWatch({ control }) as ReplyFields;

  const save = useCallback(
    (fields: ReplyFields, expectedVersion: number) => saveDraftAction({ iso3, session, letter, ...fields, expectedVersion }),
    [iso3, session, letter],
  );
  const onSaved = useCallback((s: SavedState) => setStatus(s.status), []);
  const autosave = useAutosave({
    storageKey,
    initialVersion: initial.version,
    initialSavedAt: initial.lastSavedAt,
    save,
    onSaved,
  });

  const [serverFields] = useState<ReplyFields>(() => ({
    body: initial.body,
    language: initial.language,
    isNilReply: initial.isNilReply,
    publication: initial.publication,
  }));
  const storedCopy = useLocalCopy(storageKey, serverFields);
  // Only what was there when the page loaded: later copies are this page's own autosave.
  const localCopy = localCopyHandled || autosave.status.kind !== "saved" ? null : storedCopy;

  const onChange = () => {
    const parsed = replySchema.safeParse(getValues());
    if (parsed.success) autosave.changed(parsed.data);
  };

  const bodyField = register("body", { onChange, onBlur: () => void autosave.flush() });
  const chars = values.body?.length ?? 0;
  const changedSinceSubmission =
    submitted !== null &&
    (submitted.body !== values.body || submitted.language !== values.language || submitted.isNilReply !== values.isNilReply);
  const amending = AMENDABLE.includes(status);

  const openSubmit = () => {
    setMessage(null);
    const check = submittableReplySchema.safeParse(getValues());
    if (!check.success) {
      for (const issue of check.error.issues) setError(issue.path[0] as keyof ReplyFields, { message: issue.message });
      return;
    }
    clearErrors();
    dialog.current?.showModal();
  };

  const confirmSubmit = () =>
    startTransition(async () => {
      // Nothing may be in flight from an older version when the submission goes.
      await autosave.flush();
      const result = await submitReplyAction({ iso3, session, letter, ...getValues(), expectedVersion: autosave.version.current });
      dialog.current?.close();
      if (result.ok) {
        autosave.version.current = result.data.version;
        localStorage.removeItem(storageKey);
        setStatus(result.data.status);
        setMessage({
          tone: "ok",
          text: `${amending ? "Amendment submitted" : "Submitted"} to the Secretariat (version ${result.data.version})${result.data.isLate ? ", marked late" : ""}.`,
        });
        router.refresh();
      } else {
        setMessage({ tone: "bad", text: result.message });
        for (const [field, msgs] of Object.entries(result.fieldErrors ?? {})) {
          if (msgs?.[0]) setError(field as keyof ReplyFields, { message: msgs[0] });
        }
      }
    });

  const confirmWithdraw = () =>
    startTransition(async () => {
      const result = await withdrawReplyAction({ iso3, session, letter, expectedVersion: autosave.version.current });
      withdrawDialog.current?.close();
      if (result.ok) {
        setStatus(result.data.status);
        setMessage({ tone: "ok", text: "Reply withdrawn. The Secretariat will not use it; you can submit again before the report is issued." });
        router.refresh();
      } else setMessage({ tone: "bad", text: result.message });
    });

  const conflict = autosave.status.kind === "conflict" ? autosave.status : null;

  return (
    <div className="editor">
      {localCopy && (
        <div className="notice warn" role="alert">
          <p>
            This browser kept a version of your text from {new Date(localCopy.keptAt).toLocaleString()} that was never saved on the server (for
            example, the connection dropped or the tab was closed).
          </p>
          <div className="button-row">
            <button
              type="button"
              className="primary"
              onClick={() => {
                reset({ body: localCopy.body, language: localCopy.language, isNilReply: localCopy.isNilReply, publication: localCopy.publication });
                setLocalCopyHandled(true);
                onChange();
              }}
            >
              Restore the text kept in this browser
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                localStorage.removeItem(storageKey);
                setLocalCopyHandled(true);
              }}
            >
              Discard it
            </button>
          </div>
        </div>
      )}

      {conflict && (
        <ConflictPanel
          message={conflict.message}
          theirs={conflict.theirs}
          mine={conflict.mine}
          onKeepMine={() => autosave.resolveConflict(conflict.theirs.version, conflict.mine)}
          onUseTheirs={() => {
            setDiscarded(conflict.mine.body);
            reset({ ...getValues(), body: conflict.theirs.body, isNilReply: conflict.theirs.isNilReply, language: conflict.theirs.language as ReplyFields["language"] });
            autosave.resolveConflict(conflict.theirs.version, null);
          }}
        />
      )}

      <form onSubmit={(e) => e.preventDefault()} noValidate aria-describedby="item-question">
        <div className="field">
          <label htmlFor="body">Your State&apos;s views on item ({letter})</label>
          <p className="muted" id="body-help">
            Plain text with light Markdown: **bold**, *italic*, lists with “- ”, headings with “## ”. HTML is shown as typed, never run.
          </p>
          <textarea
            id="body"
            rows={14}
            aria-invalid={errors.body ? true : undefined}
            aria-describedby={`body-help body-count${errors.body ? " body-error" : ""}`}
            readOnly={values.isNilReply}
            {...bodyField}
          />
          <p id="body-count" className={chars > MAX_REPLY_CHARS ? "field-error" : "muted"}>
            {chars.toLocaleString("en")} / {MAX_REPLY_CHARS.toLocaleString("en")} characters
          </p>
          <FieldError id="body-error" message={errors.body?.message} />
        </div>

        <div className="field checkbox">
          <input id="isNilReply" type="checkbox" {...register("isNilReply", { onChange })} />
          <label htmlFor="isNilReply">Nil reply: “{NIL_REPLY_TEXT}”</label>
        </div>

        <div className="field-row">
          <div className="field">
            <label htmlFor="language">Language of the original</label>
            <select id="language" aria-invalid={errors.language ? true : undefined} {...register("language", { onChange })}>
              {LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {LANGUAGE_NAMES[l]}
                </option>
              ))}
            </select>
            <FieldError id="language-error" message={errors.language?.message} />
          </div>
          <fieldset className="field">
            <legend>Publication</legend>
            <div className="checkbox">
              <input id="pub-public" type="radio" value="public" {...register("publication", { onChange })} />
              <label htmlFor="pub-public">Public, once published in the report</label>
            </div>
            <div className="checkbox">
              <input id="pub-restricted" type="radio" value="restricted" {...register("publication", { onChange })} />
              <label htmlFor="pub-restricted">Restricted to the Secretariat and Member States</label>
            </div>
          </fieldset>
        </div>

        <SaveIndicator status={autosave.status} />

        <div className="button-row">
          <button type="button" className="secondary" aria-expanded={preview} aria-controls="reply-preview" onClick={() => setPreview((p) => !p)}>
            {preview ? "Hide preview" : "Preview"}
          </button>
          <button type="button" className="primary" onClick={openSubmit} disabled={pending || conflict !== null}>
            {amending ? "Submit amendment…" : "Submit to the Secretariat…"}
          </button>
          {WITHDRAWABLE.includes(status) && (
            <button type="button" className="secondary danger" onClick={() => withdrawDialog.current?.showModal()} disabled={pending}>
              Withdraw reply…
            </button>
          )}
        </div>
        {changedSinceSubmission && AMENDABLE.includes(status) && (
          <p className="notice warn">You have changes that are not submitted yet. The Secretariat still has the version you submitted.</p>
        )}
      </form>

      {message && (
        <p className={message.tone === "ok" ? "notice" : "form-error"} role={message.tone === "ok" ? "status" : "alert"}>
          {message.text}
        </p>
      )}

      {preview && <MarkdownPreview id="reply-preview" text={values.isNilReply ? NIL_REPLY_TEXT : (values.body ?? "")} />}

      {discarded !== null && (
        <details className="card">
          <summary>Your text that was not kept (to copy from)</summary>
          <textarea aria-label="Your text that was not kept" readOnly rows={6} value={discarded} />
        </details>
      )}

      <dialog ref={dialog} aria-labelledby="confirm-title" className="dialog">
        <h2 id="confirm-title">{amending ? "Submit this amendment?" : "Submit this reply?"}</h2>
        <p>
          Item ({letter}): {itemText}
        </p>
        <dl className="summary">
          <dt>Language of the original</dt>
          <dd>{LANGUAGE_NAMES[values.language ?? "en"]}</dd>
          <dt>Publication</dt>
          <dd>{values.publication === "restricted" ? "Restricted to the Secretariat and Member States" : "Public"}</dd>
        </dl>
        <div className="card sent-text" aria-label="The text that will be sent">
          {values.isNilReply ? <p>{NIL_REPLY_TEXT}</p> : <pre>{values.body}</pre>}
        </div>
        {pastDeadline && <p className="notice warn">The deadline has passed: the reply is accepted and marked late.</p>}
        <div className="button-row">
          <button type="button" className="primary" onClick={confirmSubmit} disabled={pending}>
            {pending ? "Submitting…" : amending ? "Yes, submit the amendment" : "Yes, submit"}
          </button>
          <button type="button" className="secondary" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
        </div>
      </dialog>

      <dialog ref={withdrawDialog} aria-labelledby="withdraw-title" className="dialog">
        <h2 id="withdraw-title">Withdraw this reply?</h2>
        <p>The Secretariat will not use it in the report. The text and its history stay, and you can submit again before the report is issued.</p>
        <div className="button-row">
          <button type="button" className="primary danger" onClick={confirmWithdraw} disabled={pending}>
            Yes, withdraw
          </button>
          <button type="button" className="secondary" onClick={() => withdrawDialog.current?.close()}>
            Cancel
          </button>
        </div>
      </dialog>
    </div>
  );
}
