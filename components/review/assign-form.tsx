"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { assignReviewerAction } from "@/app/actions/review";

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
      <div className="field">
        <label htmlFor="assign-reviewer">Reviewer for the States ticked below</label>
        <select id="assign-reviewer" name="reviewerId" defaultValue="">
          <option value="">No reviewer (remove)</option>
          {reviewers.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="assign-letter">Items</label>
        <select id="assign-letter" name="letter" defaultValue="">
          <option value="">All items of each State</option>
          {letters.map((l) => (
            <option key={l} value={l}>
              Only item ({l})
            </option>
          ))}
        </select>
      </div>
      <div>
        <button type="submit" className="primary" disabled={pending}>
          Assign
        </button>
      </div>
      {message && (
        <p role={message.ok ? "status" : "alert"} className={message.ok ? "notice" : "form-error"}>
          {message.text}
        </p>
      )}
    </form>
  );
}
