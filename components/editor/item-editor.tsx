"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import { useForm, useWatch } from "react-hook-form";
import { saveDraftAction, submitReplyAction, withdrawReplyAction } from "@/app/actions/submissions";
import type { SubmissionStatus } from "@/db/schema";
import type { SavedState } from "@/lib/submissions/service";
import type { ReplyFields } from "@/lib/validation/submission";
import { applyFieldErrors } from "../ui/field-errors";
import { LOCALE_INFO } from "@/lib/i18n/locales";
import { FormMessage } from "../ui/form-message";
import { ConflictPanel } from "./conflict-panel";
import { LocalCopyNotice } from "./local-copy-notice";
import { MarkdownPreview } from "./markdown-preview";
import { replyButtons } from "./reply-actions";
import { SubmitReplyDialog, WithdrawReplyDialog } from "./reply-dialogs";
import { ReplyFields as ReplyFieldset } from "./reply-fields";
import { SaveIndicator } from "./save-indicator";
import { useAutosave, useLocalCopy } from "./use-autosave";
import styles from "./item-editor.module.css";

/** The schemas and their resolver, fetched once on first use rather than with the page (see reply-validation.ts). */
type Validation = typeof import("./reply-validation");
let validation: Promise<Validation> | null = null;
let loaded: Validation | null = null;
const loadValidation = () =>
  (validation ??= import("./reply-validation").then(
    (module) => {
      loaded = module;
      return module;
    },
    (error: unknown) => {
      validation = null; // offline: try again on the next use
      throw error;
    },
  ));

export interface ItemEditorProps {
  iso3: string;
  session: number;
  letter: string;
  itemText: string;
  initial: ReplyFields & { version: number; status: SubmissionStatus; lastSavedAt: string | null };
  /** The text the Secretariat has (last submitted), to tell the officer about unsubmitted changes. */
  submitted: (ReplyFields & { submittedAt: string; submittedAtText: string; version: number }) | null;
  /** Past the State's deadline by the app's clock: a submission now is marked late. */
  pastDeadline: boolean;
}

export function ItemEditor({ iso3, session, letter, itemText, initial, submitted, pastDeadline }: ItemEditorProps) {
  const router = useRouter();
  const t = useTranslations("editor");
  const tStatus = useTranslations("status");
  const tf = useTranslations("replyForm");
  const tr = useTranslations("reply");
  const editorPath = `/states/${iso3}/cycles/${session}/items/${letter}`;
  const storageKey = `tracker-draft:${iso3}:${session}:${letter}`;
  const [status, setStatus] = useState<SubmissionStatus>(initial.status);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [preview, setPreview] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [discarded, setDiscarded] = useState<string | null>(null);
  const [localCopyHandled, setLocalCopyHandled] = useState(false);
  const [pending, startTransition] = useTransition();
  const dialog = useRef<HTMLDialogElement>(null);
  const withdrawDialog = useRef<HTMLDialogElement>(null);

  const form = useForm<ReplyFields>({
    // Until the schemas can be fetched the form is taken as it is: the server checks every save and submission.
    resolver: (values, context, options) =>
      loadValidation().then(
        ({ replyResolver }) => replyResolver(values, context, options),
        () => ({ values, errors: {} }),
      ),
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
    (fields: ReplyFields, expectedVersion: number, newRevision: boolean) => saveDraftAction({ iso3, session, letter, ...fields, expectedVersion, newRevision }),
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
    const fields = getValues();
    if (loaded) {
      const parsed = loaded.draftFields(fields);
      if (parsed) autosave.changed(parsed);
      return;
    }
    // The schemas are not here yet (a slow link, or the connection just dropped): keep and save the text
    // as it is, at once. The server checks every save itself and says what it refuses.
    autosave.changed(fields);
    void loadValidation();
  };

  const registered = register("body", { onChange, onBlur: () => void autosave.flush() });
  // What was typed into the server-rendered field before the scripts took over: read from the DOM
  // before react-hook-form writes its default value into the field.
  const typedBeforeHydration = useRef<string | null>(null);
  const registeredRef = registered.ref;
  const bodyRef = useCallback(
    (el: HTMLTextAreaElement | null) => {
      if (el && typedBeforeHydration.current === null) typedBeforeHydration.current = el.value;
      registeredRef(el);
    },
    [registeredRef],
  );
  const bodyField = { ...registered, ref: bodyRef };
  useEffect(() => {
    const typed = typedBeforeHydration.current;
    if (typed === null || typed === initial.body || typed === "") return;
    // reset, not setValue: every watcher (the counter, the preview) must see the picked-up text.
    reset({ ...getValues(), body: typed }, { keepDefaultValues: true });
    onChange();
    // Once, when the editor takes over.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const changedSinceSubmission =
    submitted !== null &&
    (submitted.body !== values.body || submitted.language !== values.language || submitted.isNilReply !== values.isNilReply);
  const buttons = replyButtons(status);
  const amending = buttons.submit === "amend";

  const openSubmit = async () => {
    setMessage(null);
    // Offline before the schemas ever came: the confirmation opens, and the server says what it refuses.
    const problems = await loadValidation().then(
      ({ submitProblems }) => submitProblems(getValues()),
      () => null,
    );
    if (problems) {
      applyFieldErrors(setError, problems);
      return;
    }
    clearErrors();
    setConfirming(true);
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
          ok: true,
          text: tf(amending ? "amendmentOk" : "submittedOk", { version: result.data.version, late: result.data.isLate ? "yes" : "no" }),
        });
        router.refresh();
      } else {
        setMessage({ ok: false, text: result.message });
        applyFieldErrors(setError, result);
      }
    });

  const confirmWithdraw = () =>
    startTransition(async () => {
      const result = await withdrawReplyAction({ iso3, session, letter, expectedVersion: autosave.version.current });
      withdrawDialog.current?.close();
      if (result.ok) {
        setStatus(result.data.status);
        setMessage({ ok: true, text: tf("withdrawn") });
        router.refresh();
      } else setMessage({ ok: false, text: result.message });
    });

  const conflict = autosave.status.kind === "conflict" ? autosave.status : null;

  return (
    <div className={styles.editor}>
      {localCopy && (
        <LocalCopyNotice
          copy={localCopy}
          onRestore={() => {
            reset({ body: localCopy.body, language: localCopy.language, isNilReply: localCopy.isNilReply, publication: localCopy.publication });
            setLocalCopyHandled(true);
            onChange();
          }}
          onDiscard={() => {
            localStorage.removeItem(storageKey);
            setLocalCopyHandled(true);
          }}
        />
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

      <p className={styles.status} data-testid="live-status">
        <span className={`badge ${status}`}>{tStatus(status)}</span>
        {submitted && changedSinceSubmission && (
          <span className="notice warn">
            {t("unsubmittedChanges", { date: submitted.submittedAtText })}{" "}
            <a href={`${editorPath}/history?from=${submitted.version}`}>{t("seeChanges")}</a>
          </span>
        )}
      </p>

      {/* Before the scripts load the form posts its fields to the same Server Action (progressive enhancement). */}
      <form
        action={saveDraftAction as unknown as (formData: FormData) => void}
        onSubmit={(e) => {
          e.preventDefault();
          void autosave.flush();
        }}
        noValidate
        aria-describedby="item-question"
      >
        <input type="hidden" name="iso3" value={iso3} />
        <input type="hidden" name="session" value={session} />
        <input type="hidden" name="letter" value={letter} />
        <input type="hidden" name="expectedVersion" value={initial.version} />
        <ReplyFieldset
          letter={letter}
          values={values}
          initial={initial}
          errors={errors}
          register={register}
          bodyField={bodyField}
          onChange={onChange}
        />

        <div className={styles.indicator}>
          <SaveIndicator status={autosave.status} signInHref={`/login?next=${encodeURIComponent(editorPath)}`} />
          <button type="submit" className="secondary">
            {t("saveDraft")}
          </button>
        </div>

        <div className="button-row">
          <button type="button" className="secondary" aria-expanded={preview} aria-controls="reply-preview" onClick={() => setPreview((p) => !p)}>
            {preview ? tf("hidePreview") : tf("preview")}
          </button>
          {buttons.submit && (
            <button type="button" className="primary" onClick={openSubmit} disabled={pending || conflict !== null}>
              {amending ? tf("submitAmendment") : tf("submit")}
            </button>
          )}
          {buttons.withdraw && (
            <button type="button" className="secondary danger" onClick={() => withdrawDialog.current?.showModal()} disabled={pending}>
              {tf("withdraw")}
            </button>
          )}
        </div>
      </form>

      <FormMessage message={message} />

      {preview && (
        <MarkdownPreview
          id="reply-preview"
          text={values.isNilReply ? tr("nilReply") : (values.body ?? "")}
          lang={values.isNilReply || !values.language ? undefined : LOCALE_INFO[values.language].bcp47}
        />
      )}

      {discarded !== null && (
        <details className="card">
          <summary>{tf("discardedSummary")}</summary>
          <textarea aria-label={tf("discardedLabel")} dir="auto" readOnly rows={6} value={discarded} />
        </details>
      )}

      <SubmitReplyDialog
        ref={dialog}
        open={confirming}
        amending={amending}
        letter={letter}
        itemText={itemText}
        values={values}
        pastDeadline={pastDeadline}
        pending={pending}
        onConfirm={confirmSubmit}
      />
      <WithdrawReplyDialog ref={withdrawDialog} pending={pending} onConfirm={confirmWithdraw} />
    </div>
  );
}
