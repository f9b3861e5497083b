"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { grantExtensionAction } from "@/app/actions/review";
import { Field } from "../ui/field";
import { firstFieldErrors } from "../ui/field-errors";
import { FormMessage } from "../ui/form-message";

/** Grants a State a later deadline for a cycle; the date is New York time. */
export function ExtensionForm({ iso3, session, current }: { iso3: string; session: number; current?: string }) {
  const router = useRouter();
  const [deadline, setDeadline] = useState(current ?? "");
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [done, setDone] = useState(false);
  const [pending, startTransition] = useTransition();
  return (
    <form
      className="stack"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => {
          const result = await grantExtensionAction({ iso3, session, deadline, reason });
          if (result.ok) {
            setErrors({});
            setDone(true);
            router.refresh();
          } else setErrors({ ...firstFieldErrors(result), form: result.fieldErrors ? undefined : result.message });
        });
      }}
    >
      <Field id="ext-deadline" label="New deadline (New York time)" error={errors.deadline}>
        {(a) => <input {...a} type="datetime-local" value={deadline} onChange={(e) => setDeadline(e.target.value)} />}
      </Field>
      <Field id="ext-reason" label="Reason" error={errors.reason}>
        {(a) => <input {...a} type="text" value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <FormMessage message={errors.form ? { ok: false, text: errors.form } : null} />
      <div>
        <button type="submit" className="secondary" disabled={pending}>
          Grant extension
        </button>
      </div>
      <FormMessage message={done ? { ok: true, text: "Extension granted." } : null} />
    </form>
  );
}
