import { useTranslations } from "next-intl";
import type { SubmissionStatus } from "@/db/schema";

/**
 * A reply's status in words. Not async: an async component is a task and a row of its own in React's payload,
 * and a page shows a dozen of these; `useTranslations` reads the request's messages, already loaded by the layout.
 */
export function StatusBadge({ status }: { status: SubmissionStatus }) {
  const t = useTranslations("status");
  return <span className={`badge ${status}`}>{t(status)}</span>;
}
