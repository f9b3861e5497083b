"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { inviteOfficerAction } from "@/app/actions/focal-points";
import { Field } from "@/components/ui/field";

export function InviteOfficerForm() {
  const t = useTranslations("security");
  const router = useRouter();
  const [values, setValues] = useState({ email: "", name: "" });
  const [errors, setErrors] = useState<{ email?: string; name?: string }>({});
  const [link, setLink] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const onSubmit = (e: React.FormEvent) => {
    e.preventDefault();
    setLink(null);
    startTransition(async () => {
      const result = await inviteOfficerAction(values);
      if (result.ok) {
        setErrors({});
        setLink(`${window.location.origin}${result.data.path}`);
        setValues({ email: "", name: "" });
        router.refresh();
      } else {
        const f = result.fieldErrors ?? {};
        // The server's field errors are already in the reader's language (an address taken, or not an address).
        setErrors({ email: f.email?.[0], name: f.name?.[0] });
      }
    });
  };
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <h2>{t("inviteTitle")}</h2>
      <Field id="invite-email" label={t("inviteEmail")} error={errors.email}>
        {(a) => <input {...a} type="email" value={values.email} onChange={(e) => setValues({ ...values, email: e.target.value })} />}
      </Field>
      <Field id="invite-name" label={t("inviteName")} error={errors.name}>
        {(a) => <input {...a} type="text" value={values.name} onChange={(e) => setValues({ ...values, name: e.target.value })} />}
      </Field>
      <div>
        <button className="primary" type="submit" disabled={pending}>
          {t("inviteSubmit")}
        </button>
      </div>
      {link && (
        <p role="status">
          {t("inviteLink")} <code data-testid="invite-link">{link}</code>
        </p>
      )}
    </form>
  );
}
