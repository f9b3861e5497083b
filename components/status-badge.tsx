import { getTranslations } from "next-intl/server";
import type { SubmissionStatus } from "@/db/schema";

export async function StatusBadge({ status }: { status: SubmissionStatus }) {
  const t = await getTranslations("status");
  return <span className={`badge ${status}`}>{t(status)}</span>;
}
