import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** A 404: what is missing, and the way back. */
export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <section aria-labelledby="error-title">
      <h1 id="error-title">{t("notFoundTitle")}</h1>
      <p className="lede">{t("notFound")}</p>
      <p>
        <Link href="/">{t("back")}</Link>
      </p>
    </section>
  );
}
