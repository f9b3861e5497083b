import Link from "next/link";
import { getTranslations } from "next-intl/server";

/**
 * A 401 under the root layout. The tracker never calls `unauthorized()` (a page that needs an account
 * sends the visitor to sign in); this keeps Next.js's default, about a kilobyte sent with every page,
 * away.
 */
export default async function RootUnauthorized() {
  const t = await getTranslations("site");
  return (
    <main>
      <h1>
        <Link href="/login">{t("nav.signIn")}</Link>
      </h1>
    </main>
  );
}
