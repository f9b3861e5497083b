"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { grantExtensionAction } from "@/app/actions/review";
import { Field } from "../ui/field";
import { firstFieldErrors } from "../ui/field-errors";
import { FormMessage } from "../ui/form-message";
import { useActionRunner } from "../ui/use-action-runner";
import { SubmitButton } from "../ui/submit-button";

/** Grants a State a later deadline for a cycle; the date is New York time. */
export function ExtensionForm({ iso3, session, current }: { iso3: string; session: number; current?: string }) {
  const t = useTranslations("review");
  const { run, pending, failure, router } = useActionRunner();
  const [done, setDone] = useState(false);
  const errors = failure ? firstFieldErrors(failure) : {};
  const formError = failure && !failure.fieldErrors ? failure.message : null;
  return (
    <form
      className="stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        // Read from the fields when the form is sent, not mirrored in state: what was typed before the
        // page's scripts took over is sent too.
        const fields = new FormData(event.currentTarget);
        const text = (name: string) => String(fields.get(name) ?? "");
        run(
          () => grantExtensionAction({ iso3, session, deadline: text("deadline"), reason: text("reason") }),
          () => {
            setDone(true);
            router.refresh();
          },
        );
      }}
    >
      <Field id="ext-deadline" label={t("newDeadline")} error={errors.deadline}>
        {(a) => <input {...a} name="deadline" type="datetime-local" defaultValue={current ?? ""} />}
      </Field>
      <Field id="ext-reason" label={t("reason")} error={errors.reason}>
        {(a) => <input {...a} name="reason" type="text" />}
      </Field>
      <FormMessage message={formError ? { ok: false, text: formError } : null} />
      <SubmitButton pending={pending} variant="secondary">
        {t("grantExtension")}
      </SubmitButton>
      <FormMessage message={done ? { ok: true, text: t("extensionGranted") } : null} />
    </form>
  );
}
