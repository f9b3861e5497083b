import Link from "next/link";
import { getTranslations } from "next-intl/server";

/**
 * A 404 under the root layout alone, outside the site's pages (only the benches' floor calls
 * `notFound()` there). The site's own 404 is `app/(site)/not-found.tsx`. Kept this small because Next.js
 * sends it with every page, ready for the client's navigations.
 */
export default async function RootNotFound() {
  const t = await getTranslations("errors");
  return (
    <main>
      <h1>{t("notFoundTitle")}</h1>
      <p>
        <Link href="/">{t("back")}</Link>
      </p>
    </main>
  );
}
