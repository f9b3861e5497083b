"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { grantExtensionAction } from "@/app/actions/review";
import { FieldError } from "../field-error";

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
          } else setErrors({ deadline: result.fieldErrors?.deadline?.[0], reason: result.fieldErrors?.reason?.[0], form: result.fieldErrors ? undefined : result.message });
        });
      }}
    >
      <div className="field">
        <label htmlFor="ext-deadline">New deadline (New York time)</label>
        <input id="ext-deadline" type="datetime-local" value={deadline} onChange={(e) => setDeadline(e.target.value)} aria-invalid={errors.deadline ? true : undefined} aria-describedby={errors.deadline ? "ext-deadline-error" : undefined} />
        <FieldError id="ext-deadline-error" message={errors.deadline} />
      </div>
      <div className="field">
        <label htmlFor="ext-reason">Reason</label>
        <input id="ext-reason" type="text" value={reason} onChange={(e) => setReason(e.target.value)} aria-invalid={errors.reason ? true : undefined} aria-describedby={errors.reason ? "ext-reason-error" : undefined} />
        <FieldError id="ext-reason-error" message={errors.reason} />
      </div>
      {errors.form && (
        <p role="alert" className="form-error">
          {errors.form}
        </p>
      )}
      <div>
        <button type="submit" className="secondary" disabled={pending}>
          Grant extension
        </button>
      </div>
      {done && (
        <p role="status" className="notice">
          Extension granted.
        </p>
      )}
    </form>
  );
}
