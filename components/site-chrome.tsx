import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { pickMessages, ROOT_NAMESPACES } from "@/i18n/client-messages";
import { SiteHeader } from "@/components/site-header";

/**
 * What every page of the site shows around its content: the skip link, the header with the language
 * switcher and the navigation, the main landmark and the footer, around every page of the site
 * (`app/(site)/layout.tsx`).
 */
export async function SiteChrome({ children }: { children: React.ReactNode }) {
  const [t, messages] = await Promise.all([getTranslations("site"), getMessages()]);
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
