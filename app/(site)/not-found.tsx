import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ErrorNotice } from "@/components/error-notice";

/** A 404: what is missing, and the way back. */
export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <ErrorNotice title={t("notFoundTitle")} lede={t("notFound")}>
      <p>
        <Link href="/">{t("back")}</Link>
      </p>
    </ErrorNotice>
  );
}
