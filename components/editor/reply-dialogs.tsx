"use client";

import type { RefObject } from "react";
import { LANGUAGE_NAMES, NIL_REPLY_TEXT, type ReplyFields } from "@/lib/validation/submission";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { MarkdownPreview } from "./markdown-preview";
import styles from "./reply-dialogs.module.css";
import { SentText } from "./sent-text";

/** Shows exactly what will be sent before a (re)submission. */
export function SubmitReplyDialog({
  ref,
  amending,
  letter,
  itemText,
  values,
  pastDeadline,
  pending,
  onConfirm,
  open,
}: {
  ref: RefObject<HTMLDialogElement | null>;
  /** Shown: only then is the Markdown renderer fetched to show the text as it will read. */
  open: boolean;
  amending: boolean;
  letter: string;
  itemText: string;
  values: Partial<ReplyFields>;
  pastDeadline: boolean;
  pending: boolean;
  onConfirm: () => void;
}) {
  return (
    <ConfirmDialog
      ref={ref}
      titleId="confirm-title"
      title={amending ? "Submit this amendment?" : "Submit this reply?"}
      confirmLabel={pending ? "Submitting…" : amending ? "Yes, submit the amendment" : "Yes, submit"}
      onConfirm={onConfirm}
      pending={pending}
    >
      <p>
        Item ({letter}): {itemText}
      </p>
      <dl className={styles.summary}>
        <dt>Language of the original</dt>
        <dd>{LANGUAGE_NAMES[values.language ?? "en"]}</dd>
        <dt>Publication</dt>
        <dd>{values.publication === "restricted" ? "Restricted to the Secretariat and Member States" : "Public"}</dd>
      </dl>
      <SentText label="The text that will be sent">{values.isNilReply ? <p>{NIL_REPLY_TEXT}</p> : open ? <MarkdownPreview id="confirm-text" text={values.body ?? ""} /> : null}</SentText>
      {pastDeadline && <p className="notice warn">The deadline has passed: the reply is accepted and marked late.</p>}
    </ConfirmDialog>
  );
}

export function WithdrawReplyDialog({ ref, pending, onConfirm }: { ref: RefObject<HTMLDialogElement | null>; pending: boolean; onConfirm: () => void }) {
  return (
    <ConfirmDialog ref={ref} titleId="withdraw-title" title="Withdraw this reply?" confirmLabel="Yes, withdraw" onConfirm={onConfirm} pending={pending} danger>
      <p>The Secretariat will not use it in the report. The text and its history stay, and you can submit again before the report is issued.</p>
    </ConfirmDialog>
  );
}
