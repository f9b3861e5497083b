import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ErrorNotice } from "@/components/error-notice";

/** A 403 (`forbidden()`): why the page is closed to this account, whom to ask, and the way back. */
export default async function Forbidden() {
  const t = await getTranslations("errors");
  return (
    <ErrorNotice title={t("forbiddenTitle")} lede={t("forbidden")}>
      <p>{t("forbiddenHelp")}</p>
      <p>
        <Link href="/">{t("back")}</Link>
      </p>
    </ErrorNotice>
  );
}
