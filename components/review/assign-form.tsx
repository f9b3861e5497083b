"use client";

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
export function AssignForm({ session, reviewers, letters }: { session: number; reviewers: { id: string; name: string }[]; letters: string[] }) {
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
            setMessage({ ok: true, text: `Assigned ${result.data.assigned} State${result.data.assigned === 1 ? "" : "s"}.` });
            router.refresh();
          } else setMessage({ ok: false, text: result.fieldErrors?.iso3s?.[0] ?? result.message });
        });
      }}
    >
      <SelectField
        id="assign-reviewer"
        label="Reviewer for the States ticked below"
        name="reviewerId"
        blank="No reviewer (remove)"
        options={reviewers.map((r) => ({ value: r.id, label: r.name }))}
      />
      <SelectField id="assign-letter" label="Items" name="letter" blank="All items of each State" options={letters.map((l) => ({ value: l, label: `Only item (${l})` }))} />
      <SubmitButton pending={pending}>Assign</SubmitButton>
      <FormMessage message={message} />
    </form>
  );
}
