"use client";

import type { ReplyFields } from "@/lib/validation/submission";
import type { ConflictDetails } from "@/lib/submissions/service";
import { fieldClass } from "../ui/field";
import styles from "./conflict-panel.module.css";

/** Both texts side by side; the officer decides, nothing is thrown away. */
export function ConflictPanel({
  message,
  theirs,
  mine,
  onKeepMine,
  onUseTheirs,
}: {
  message: string;
  theirs: ConflictDetails["theirs"];
  mine: ReplyFields;
  onKeepMine: () => void;
  onUseTheirs: () => void;
}) {
  return (
    <section className="notice bad conflict" aria-labelledby="conflict-title">
      <h2 id="conflict-title">Two versions of this reply</h2>
      <p role="alert">{message}</p>
      <div className={styles.grid}>
        <div className={fieldClass}>
          <label htmlFor="conflict-mine">Your text (not saved)</label>
          <textarea id="conflict-mine" readOnly rows={8} value={mine.isNilReply ? "(nil reply)" : mine.body} />
        </div>
        <div className={fieldClass}>
          <label htmlFor="conflict-theirs">
            Saved text{theirs.savedBy ? ` by ${theirs.savedBy}` : ""}
            {theirs.savedAt ? ` at ${new Date(theirs.savedAt).toLocaleTimeString()}` : ""} (version {theirs.version})
          </label>
          <textarea id="conflict-theirs" readOnly rows={8} value={theirs.isNilReply ? "(nil reply)" : theirs.body} />
        </div>
      </div>
      <div className="button-row">
        <button type="button" className="primary" onClick={onKeepMine}>
          Keep my text (save it as the newest version)
        </button>
        <button type="button" className="secondary" onClick={onUseTheirs}>
          Use the saved text
        </button>
      </div>
      <p className="muted">Whichever you choose, the other text stays in the item&apos;s history or on this page until you leave it.</p>
    </section>
  );
}
