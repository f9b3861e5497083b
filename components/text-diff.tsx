import { useLocale, useTranslations } from "next-intl";
import { compareTexts } from "@/lib/diff";
import styles from "./text-diff.module.css";

/**
 * Changes between two texts: removed words struck through, added ones underlined, each also named for
 * screen readers. The texts keep their own language (`lang`, the reply's); the names are the reader's.
 */
export function TextDiff({ older, newer, lang }: { older: string; newer: string; lang?: string }) {
  const t = useTranslations("itemPage");
  const ui = useLocale();
  return (
    <div className={`${styles.diff} card`} data-testid="text-diff" dir="auto" lang={lang}>
      {compareTexts(older, newer).map((part, i) =>
        part.kind === "same" ? (
          <span key={i}>{part.text}</span>
        ) : part.kind === "added" ? (
          <ins key={i}>
            <span className="visually-hidden" lang={ui}>{t("diffAdded")}</span>
            {part.text}
            <span className="visually-hidden">]</span>
          </ins>
        ) : (
          <del key={i}>
            <span className="visually-hidden" lang={ui}>{t("diffRemoved")}</span>
            {part.text}
            <span className="visually-hidden">]</span>
          </del>
        ),
      )}
    </div>
  );
}
