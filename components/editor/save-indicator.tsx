"use client";

import type { SaveStatus } from "./use-autosave";
import { WARN_AFTER_FAILURES } from "./use-autosave";
import styles from "./save-indicator.module.css";

function time(iso: string) {
  return new Intl.DateTimeFormat(undefined, { timeStyle: "short" }).format(new Date(iso));
}

/** A visible saved / saving / not saved state, announced politely to screen readers. */
export function SaveIndicator({ status }: { status: SaveStatus }) {
  let text: string;
  let tone: "warn" | "bad" | undefined;
  switch (status.kind) {
    case "saved":
      text = status.at ? `All changes saved (${time(status.at)})` : "No changes yet";
      break;
    case "dirty":
      text = "Not saved yet: saving when you pause…";
      break;
    case "saving":
      text = "Saving…";
      break;
    case "retrying":
      tone = status.attempt >= WARN_AFTER_FAILURES ? "bad" : "warn";
      text =
        status.attempt >= WARN_AFTER_FAILURES
          ? `Not saved: the server cannot be reached. Your text is kept in this browser; retrying in ${status.inSeconds} s. Do not close this tab.`
          : `Not saved yet: retrying in ${status.inSeconds} s…`;
      break;
    case "failed":
      tone = "bad";
      text = `Not saved: ${status.message}`;
      break;
    case "conflict":
      tone = "bad";
      text = "Not saved: someone else saved a newer version (see below).";
      break;
  }
  return (
    <p className={tone ? `${styles.indicator} ${styles[tone]}` : styles.indicator} role="status" data-save-state={status.kind}>
      {text}
    </p>
  );
}
