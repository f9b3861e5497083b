"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { ErrorNotice } from "@/components/error-notice";

/**
 * What a person sees when a page fails to render (a fault on the server or in the browser): what
 * happened, in their words, a retry and the way home. The site's layout, its header and the
 * translations stay in place; `app/global-error.tsx` covers a failure of the layout itself.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <ErrorNotice title={t("errorTitle")} lede={t("error")}>
      {error.digest && <p className="muted">{t("reference", { digest: error.digest })}</p>}
      <div className="button-row">
        <button type="button" className="primary" onClick={() => reset()}>
          {t("retry")}
        </button>
        <Link href="/">{t("back")}</Link>
      </div>
    </ErrorNotice>
  );
}
