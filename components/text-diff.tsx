import { useTranslations } from "next-intl";
import { compareTexts } from "@/lib/diff";
import styles from "./text-diff.module.css";

/** Changes between two texts: removed words struck through, added ones underlined, each also named for screen readers. */
export function TextDiff({ older, newer }: { older: string; newer: string }) {
  const t = useTranslations("itemPage");
  return (
    <div className={`${styles.diff} card`} data-testid="text-diff" dir="auto">
      {compareTexts(older, newer).map((part, i) =>
        part.kind === "same" ? (
          <span key={i}>{part.text}</span>
        ) : part.kind === "added" ? (
          <ins key={i}>
            <span className="visually-hidden">{t("diffAdded")}</span>
            {part.text}
            <span className="visually-hidden">]</span>
          </ins>
        ) : (
          <del key={i}>
            <span className="visually-hidden">{t("diffRemoved")}</span>
            {part.text}
            <span className="visually-hidden">]</span>
          </del>
        ),
      )}
    </div>
  );
}
