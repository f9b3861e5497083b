"use client";

import { useTranslations } from "next-intl";
import type { RefObject } from "react";
import { type ReplyFields } from "@/lib/validation/submission";
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
  const t = useTranslations("replyForm");
  const tr = useTranslations("reply");
  return (
    <ConfirmDialog
      ref={ref}
      titleId="confirm-title"
      title={amending ? t("confirmAmendTitle") : t("confirmTitle")}
      confirmLabel={pending ? t("submitting") : amending ? t("yesSubmitAmendment") : t("yesSubmit")}
      onConfirm={onConfirm}
      pending={pending}
    >
      <p>
        {t("itemLine", { letter })} <span lang="en">{itemText}</span>
      </p>
      <dl className={styles.summary}>
        <dt>{t("languageLabel")}</dt>
        <dd>{tr("language", { language: values.language ?? "en" })}</dd>
        <dt>{t("publication")}</dt>
        <dd>{values.publication === "restricted" ? t("restricted") : t("publicShort")}</dd>
      </dl>
      <SentText label={t("sentText")}>{values.isNilReply ? <p>{tr("nilReply")}</p> : open ? <MarkdownPreview id="confirm-text" text={values.body ?? ""} /> : null}</SentText>
      {pastDeadline && <p className="notice warn">{t("lateWarning")}</p>}
    </ConfirmDialog>
  );
}

export function WithdrawReplyDialog({ ref, pending, onConfirm }: { ref: RefObject<HTMLDialogElement | null>; pending: boolean; onConfirm: () => void }) {
  const t = useTranslations("replyForm");
  return (
    <ConfirmDialog ref={ref} titleId="withdraw-title" title={t("withdrawTitle")} confirmLabel={t("yesWithdraw")} onConfirm={onConfirm} pending={pending} danger>
      <p>{t("withdrawBody")}</p>
    </ConfirmDialog>
  );
}
