import Link from "next/link";
import { getTranslations } from "next-intl/server";

/**
 * A 403 under the root layout alone. Every `forbidden()` is in a page of the site, whose own 403 is
 * `app/(site)/forbidden.tsx`; this one keeps Next.js's default, a larger one sent with every page, away.
 */
export default async function RootForbidden() {
  const t = await getTranslations("errors");
  return (
    <main>
      <h1>{t("forbiddenTitle")}</h1>
      <p>
        <Link href="/">{t("back")}</Link>
      </p>
    </main>
  );
}
