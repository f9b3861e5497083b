"use client";

import { useFormatter, useTranslations } from "next-intl";
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
  const t = useTranslations("replyForm");
  const format = useFormatter();
  const nil = t("nilReplyMark");
  return (
    <section className="notice bad conflict" aria-labelledby="conflict-title">
      <h2 id="conflict-title">{t("conflictTitle")}</h2>
      <p role="alert">{message}</p>
      <div className={styles.grid}>
        <div className={fieldClass}>
          <label htmlFor="conflict-mine">{t("mine")}</label>
          <textarea id="conflict-mine" dir="auto" readOnly rows={8} value={mine.isNilReply ? nil : mine.body} />
        </div>
        <div className={fieldClass}>
          <label htmlFor="conflict-theirs">
            {theirs.savedBy
              ? t("theirsBy", {
                  name: theirs.savedBy,
                  time: theirs.savedAt ? format.dateTime(new Date(theirs.savedAt), { timeStyle: "short" }) : "—",
                  version: theirs.version,
                })
              : t("theirs", { version: theirs.version })}
          </label>
          <textarea id="conflict-theirs" dir="auto" readOnly rows={8} value={theirs.isNilReply ? nil : theirs.body} />
        </div>
      </div>
      <div className="button-row">
        <button type="button" className="primary" onClick={onKeepMine}>
          {t("keepMine")}
        </button>
        <button type="button" className="secondary" onClick={onUseTheirs}>
          {t("useTheirs")}
        </button>
      </div>
      <p className="muted">{t("conflictNote")}</p>
    </section>
  );
}
