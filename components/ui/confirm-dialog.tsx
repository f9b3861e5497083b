"use client";

import { useTranslations } from "next-intl";
import type { ReactNode, RefObject } from "react";
import styles from "./confirm-dialog.module.css";

export interface ConfirmDialogProps {
  /** The dialog element; open it with `ref.current?.showModal()`. */
  ref: RefObject<HTMLDialogElement | null>;
  /** The id of the heading that names the dialog. */
  titleId: string;
  title: ReactNode;
  /** What will happen, in the user's words. */
  children?: ReactNode;
  confirmLabel: ReactNode;
  /** "Cancel" in the reader's language unless given. */
  cancelLabel?: ReactNode;
  onConfirm: () => void;
  pending?: boolean;
  /** The confirmation destroys or withdraws something. */
  danger?: boolean;
}

/** A modal that says what will happen and asks for a yes or a cancel. */
export function ConfirmDialog({ ref, titleId, title, children, confirmLabel, cancelLabel, onConfirm, pending, danger }: ConfirmDialogProps) {
  const t = useTranslations("dialog");
  return (
    <dialog ref={ref} aria-labelledby={titleId} className={styles.dialog}>
      <h2 id={titleId}>{title}</h2>
      {children}
      <div className="button-row">
        <button type="button" className={danger ? "primary danger" : "primary"} onClick={onConfirm} disabled={pending}>
          {confirmLabel}
        </button>
        <button type="button" className="secondary" onClick={() => ref.current?.close()}>
          {cancelLabel ?? t("cancel")}
        </button>
      </div>
    </dialog>
  );
}
