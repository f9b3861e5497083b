"use client";

import "./globals.css";
import { useSyncExternalStore } from "react";
import { ErrorNotice } from "@/components/error-notice";
import { globalErrorLocale, globalErrorText } from "@/lib/i18n/global-error-text";
import type { Locale } from "@/lib/i18n/locales";

const noSubscription = () => () => {};
/** In the browser: the language cookie, else the browser's languages. On the server, English until the page hydrates. */
const browserLocale = (): Locale => globalErrorLocale(document.cookie, navigator.languages ?? [navigator.language]);
const serverLocale = (): Locale => "en";

/**
 * The last resort, when the root layout itself fails: it replaces the whole document, so it has
 * neither the site header nor the translation provider. Its few words come from
 * lib/i18n/global-error-text.ts (five strings in six languages, not the catalogs).
 */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = globalErrorText(useSyncExternalStore(noSubscription, browserLocale, serverLocale));
  return (
    <html lang={t.lang} dir={t.dir}>
      <body>
        <main id="main">
          <ErrorNotice title={t.title} lede={t.lede}>
            {error.digest && <p className="muted">{t.reference.replace("{digest}", error.digest)}</p>}
            <div className="button-row">
              <button type="button" className="primary" onClick={() => reset()}>
                {t.retry}
              </button>
              {/* A full page load, not a client navigation: the app's own state is what failed. */}
              {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
              <a href="/">{t.back}</a>
            </div>
          </ErrorNotice>
        </main>
      </body>
    </html>
  );
}
