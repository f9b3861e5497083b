import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** A 403 (`forbidden()`): why the page is closed to this account, whom to ask, and the way back. */
export default async function Forbidden() {
  const t = await getTranslations("errors");
  return (
    <section aria-labelledby="error-title">
      <h1 id="error-title">{t("forbiddenTitle")}</h1>
      <p className="lede">{t("forbidden")}</p>
      <p>{t("forbiddenHelp")}</p>
      <p>
        <Link href="/">{t("back")}</Link>
      </p>
    </section>
  );
}
