import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { isLocale, LOCALE_INFO, DEFAULT_LOCALE } from "@/lib/i18n/locales";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("site");
  const name = t("name");
  return { title: { default: name, template: `%s · ${name}` }, description: t("description") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/**
 * The document: its language and direction. The site's header, navigation and footer come from
 * `app/(site)/layout.tsx`, so that a page can stand without them (the benches' floor, `app/bench-floor`).
 */
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Each response carries its own Content-Security-Policy nonce (proxy.ts), which Next.js puts on
  // its scripts: reading the request makes every page render per request, as nonces require.
  const [locale] = await Promise.all([getLocale(), headers()]);
  const info = LOCALE_INFO[isLocale(locale) ? locale : DEFAULT_LOCALE];
  return (
    <html lang={info.bcp47} dir={info.dir}>
      <body>{children}</body>
    </html>
  );
}
