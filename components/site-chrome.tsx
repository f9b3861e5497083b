import { NextIntlClientProvider, useMessages, useTranslations } from "next-intl";
import { pickMessages, ROOT_NAMESPACES } from "@/i18n/client-messages";
import { SiteHeader } from "@/components/site-header";

/**
 * What every page of the site shows around its content: the skip link, the header with the language
 * switcher and the navigation, the main landmark and the footer, around every page of the site
 * (`app/(site)/layout.tsx`).
 *
 * Not async, on purpose: it is the first to read the request's messages (`useTranslations`), while the page
 * below still waits for its data, so that the page's own small components (a status badge, a dozen to a page)
 * find them read and render in place, rather than each as a task and a row of its own in React's payload.
 */
export function SiteChrome({ children }: { children: React.ReactNode }) {
  const t = useTranslations("site");
  const messages = useMessages();
  return (
    <>
      <a className="skip-link" href="#main">
        {t("skip")}
      </a>
      {/* Only what every page's client components use (the error boundary): pages add their own (ClientMessages). */}
      <NextIntlClientProvider messages={pickMessages(messages, ROOT_NAMESPACES)}>
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
      </NextIntlClientProvider>
      <footer className="site-footer">
        <div className="inner">{t("footer")}</div>
      </footer>
    </>
  );
}
