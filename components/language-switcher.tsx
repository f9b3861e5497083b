"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { chooseLocaleAction, saveLocaleAction } from "@/app/actions/locale";
import { LOCALE_INFO, LOCALES, type Locale } from "@/lib/i18n/locales";
import styles from "./language-switcher.module.css";

/**
 * The six official languages side by side, each named in itself (as on the UN's own sites), each a
 * button reachable with Tab and pressed with Enter or Space. A signed-in user's choice is saved on the
 * account; a visitor's is kept in a cookie.
 */
export function LanguageSwitcher({ current, signedIn, label }: { current: Locale; signedIn: boolean; label: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  function choose(locale: Locale) {
    if (locale === current) return;
    startTransition(async () => {
      const result = await (signedIn ? saveLocaleAction : chooseLocaleAction)({ locale });
      if (result.ok) router.refresh();
    });
  }
  return (
    <nav aria-label={label} className={styles.switcher}>
      <ul className={styles.list}>
        {LOCALES.map((locale) => {
          const info = LOCALE_INFO[locale];
          return (
            <li key={locale}>
              <button
                type="button"
                className={styles.choice}
                lang={info.bcp47}
                dir={info.dir}
                aria-current={locale === current ? "true" : undefined}
                aria-busy={pending || undefined}
                onClick={() => choose(locale)}
              >
                {info.endonym}
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
