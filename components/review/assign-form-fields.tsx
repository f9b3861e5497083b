"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { assignReviewerAction } from "@/app/actions/review";
import { FormMessage } from "../ui/form-message";
import { SelectField } from "../ui/select-field";
import { SubmitButton } from "../ui/submit-button";

/**
 * Bulk assignment: the State checkboxes in the matrix belong to this form (form="assign-form"),
 * so the table itself stays server-rendered.
 */
export function AssignFormFields({ session, reviewers, letters }: { session: number; reviewers: { id: string; name: string }[]; letters: string[] }) {
  const t = useTranslations("reviewAssign");
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <form
      id="assign-form"
      className="card field-row"
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        const iso3s = data.getAll("state").map(String);
        const letter = String(data.get("letter") ?? "");
        startTransition(async () => {
          const result = await assignReviewerAction({ session, reviewerId: String(data.get("reviewerId") ?? ""), iso3s, letter: letter || undefined });
          if (result.ok) {
            setMessage({ ok: true, text: t("assigned", { count: result.data.assigned }) });
            router.refresh();
          } else setMessage({ ok: false, text: result.fieldErrors?.iso3s?.[0] ?? result.message });
        });
      }}
    >
      <SelectField
        id="assign-reviewer"
        label={t("reviewerLabel")}
        name="reviewerId"
        blank={t("noReviewer")}
        options={reviewers.map((r) => ({ value: r.id, label: r.name }))}
      />
      <SelectField id="assign-letter" label={t("itemsLabel")} name="letter" blank={t("allItems")} options={letters.map((l) => ({ value: l, label: t("onlyItem", { letter: l }) }))} />
      <SubmitButton pending={pending}>{t("submit")}</SubmitButton>
      <FormMessage message={message} />
    </form>
  );
}
