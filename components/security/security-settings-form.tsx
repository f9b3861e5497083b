"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { updateSecuritySettingsAction } from "@/app/actions/security";
import { Field } from "@/components/ui/field";

export function SecuritySettingsForm({ initial }: { initial: { delegationSecondFactor: "required" | "optional"; idleMinutes: number; absoluteHours: number } }) {
  const t = useTranslations("security");
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string[] | undefined>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const onSubmit = (e: React.FormEvent) => {
    e.preventDefault();
    setMessage(null);
    startTransition(async () => {
      const result = await updateSecuritySettingsAction(values);
      if (result.ok) {
        setErrors({});
        setMessage(t("settingsSaved"));
      } else {
        setErrors(Object.fromEntries(Object.keys(result.fieldErrors ?? {}).map((k) => [k, [t("settingsInvalid")]])));
      }
    });
  };
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <Field id="delegationSecondFactor" label={t("delegationSecondFactor")} error={errors.delegationSecondFactor?.[0]}>
        {(a) => (
          <select {...a} value={values.delegationSecondFactor} onChange={(e) => setValues({ ...values, delegationSecondFactor: e.target.value as "required" | "optional" })}>
            <option value="optional">{t("optional")}</option>
            <option value="required">{t("required")}</option>
          </select>
        )}
      </Field>
      <Field id="idleMinutes" label={t("idleMinutes")} error={errors.idleMinutes?.[0]}>
        {(a) => <input {...a} type="number" min={5} max={480} value={values.idleMinutes} onChange={(e) => setValues({ ...values, idleMinutes: Number(e.target.value) })} />}
      </Field>
      <Field id="absoluteHours" label={t("absoluteHours")} error={errors.absoluteHours?.[0]}>
        {(a) => <input {...a} type="number" min={1} max={72} value={values.absoluteHours} onChange={(e) => setValues({ ...values, absoluteHours: Number(e.target.value) })} />}
      </Field>
      <div>
        <button className="primary" type="submit" disabled={pending}>
          {t("save")}
        </button>
      </div>
      {message && <p role="status">{message}</p>}
    </form>
  );
}
