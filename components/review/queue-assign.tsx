"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { assignQueueAction } from "@/app/actions/review";
import { FormMessage } from "../ui/form-message";

/**
 * The assignment form of one queue table: its checkboxes and "Assign to me" buttons belong to it
 * through form={id}, so the table itself stays server-rendered. An administrator may also choose
 * any reviewer for the ticked replies.
 */
export function QueueAssign({ id, meId, reviewers }: { id: string; meId: string; reviewers: { id: string; name: string }[] | null }) {
  const t = useTranslations("secretariatQueue");
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <form
      id={id}
      className="button-row"
      onSubmit={(e) => {
        e.preventDefault();
        const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
        const data = new FormData(e.currentTarget);
        const one = submitter?.name === "one" ? [Number(submitter.value)] : null;
        const submissionIds = one ?? data.getAll("submission").map(Number);
        const reviewerId = submitter?.name === "toChosen" ? String(data.get("reviewerId") ?? "") : meId;
        startTransition(async () => {
          const result = await assignQueueAction({ submissionIds, reviewerId });
          if (result.ok) {
            setMessage({ ok: true, text: t("assigned", { n: result.data.assigned }) });
            router.refresh();
          } else setMessage({ ok: false, text: result.fieldErrors?.submissionIds?.[0] ?? result.fieldErrors?.reviewerId?.[0] ?? result.message });
        });
      }}
    >
      <button type="submit" name="toMe" className="secondary" disabled={pending}>
        {t("assignSelectedToMe")}
      </button>
      {reviewers && (
        <>
          <label htmlFor={`${id}-reviewer`}>{t("reviewerLabel")}</label>
          <select id={`${id}-reviewer`} name="reviewerId" defaultValue="">
            <option value="">{t("chooseReviewer")}</option>
            {reviewers.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
          <button type="submit" name="toChosen" className="secondary" disabled={pending}>
            {t("assignSelected")}
          </button>
        </>
      )}
      <FormMessage message={message} />
    </form>
  );
}
