"use client";

import { useState } from "react";
import { grantExtensionAction } from "@/app/actions/review";
import { Field } from "../ui/field";
import { firstFieldErrors } from "../ui/field-errors";
import { FormMessage } from "../ui/form-message";
import { useActionRunner } from "../ui/use-action-runner";
import { SubmitButton } from "../ui/submit-button";

/** Grants a State a later deadline for a cycle; the date is New York time. */
export function ExtensionForm({ iso3, session, current }: { iso3: string; session: number; current?: string }) {
  const { submit, pending, failure, router } = useActionRunner();
  const [deadline, setDeadline] = useState(current ?? "");
  const [reason, setReason] = useState("");
  const [done, setDone] = useState(false);
  const errors = failure ? firstFieldErrors(failure) : {};
  const formError = failure && !failure.fieldErrors ? failure.message : null;
  return (
    <form
      className="stack"
      noValidate
      onSubmit={submit(
        () => grantExtensionAction({ iso3, session, deadline, reason }),
        () => {
          setDone(true);
          router.refresh();
        },
      )}
    >
      <Field id="ext-deadline" label="New deadline (New York time)" error={errors.deadline}>
        {(a) => <input {...a} type="datetime-local" value={deadline} onChange={(e) => setDeadline(e.target.value)} />}
      </Field>
      <Field id="ext-reason" label="Reason" error={errors.reason}>
        {(a) => <input {...a} type="text" value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <FormMessage message={formError ? { ok: false, text: formError } : null} />
      <SubmitButton pending={pending} variant="secondary">Grant extension</SubmitButton>
      <FormMessage message={done ? { ok: true, text: "Extension granted." } : null} />
    </form>
  );
}
