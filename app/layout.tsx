import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { headers } from "next/headers";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { pickMessages, ROOT_NAMESPACES } from "@/i18n/client-messages";
import { SiteHeader } from "@/components/site-header";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Resolution 62/17 tracker", template: "%s · Resolution 62/17 tracker" },
  description: "Views of Member States under General Assembly resolution 62/17 on information and telecommunications in the context of international security.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Each response carries its own Content-Security-Policy nonce (proxy.ts), which Next.js puts on
  // its scripts: reading the request makes every page render per request, as nonces require.
  const [locale, t, messages] = await Promise.all([getLocale(), getTranslations("site"), getMessages(), headers()]);
  return (
    <html lang={locale}>
      <body>
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
      </body>
    </html>
  );
}
