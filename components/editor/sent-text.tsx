import type { ReactNode } from "react";
import styles from "./sent-text.module.css";

/** The text as it will reach the Secretariat, in a card that scrolls when it is long. */
export function SentText({ label, children }: { label?: string; children: ReactNode }) {
  return (
    <div className={`card ${styles.sentText}`} aria-label={label}>
      {children}
    </div>
  );
}
