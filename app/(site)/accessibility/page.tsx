import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pages.accessibility"))("title") };
}

/** The accessibility statement; also the plain page that the first-load JavaScript bench compares against. */
export default async function AccessibilityPage() {
  const t = await getTranslations("pages.accessibility");
  return (
    <article aria-labelledby="a11y-title" className="paragraph">
      <h1 id="a11y-title">{t("title")}</h1>
      <p>{t("aim")}</p>
      <p>{t("checked")}</p>
      <p>{t("light")}</p>
      <p>{t("contact")}</p>
    </article>
  );
}
