import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Breadcrumb } from "../ui/breadcrumb";

/** The way back to the published replies, from one of their pages. */
export async function PublishedBreadcrumb({ here }: { here: ReactNode }) {
  const t = await getTranslations("published");
  return (
    <Breadcrumb>
      <Link href="/published">{t("title")}</Link> › {here}
    </Breadcrumb>
  );
}
