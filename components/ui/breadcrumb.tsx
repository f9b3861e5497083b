import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import styles from "./breadcrumb.module.css";

/** The way up from this page, above its title: a navigation landmark where it has several steps, a plain line otherwise. */
export function Breadcrumb({ landmark, children }: { landmark?: boolean; children: ReactNode }) {
  const t = useTranslations("itemPage");
  return landmark ? (
    <nav aria-label={t("breadcrumb")} className={styles.breadcrumb}>
      {children}
    </nav>
  ) : (
    <p className={styles.breadcrumb}>{children}</p>
  );
}
