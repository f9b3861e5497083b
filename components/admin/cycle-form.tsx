"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { updateCycleAction } from "@/app/actions/admin";
import { Field, fieldErrorClass } from "../ui/field";
import { firstFieldErrors } from "../ui/field-errors";

export interface CycleFormValues {
  cycleId: number;
  noteVerbaleDate: string;
  deadline: string;
  reportSymbol: string;
  reminderOffsets: string;
  issuanceLeadDays: number;
  processingDays: number;
}

/** `sessionLabel`: "Cycle for the sixty-fifth session", in the reader's language (written by the page). */
export function CycleForm({ initial, session, sessionLabel }: { initial: CycleFormValues; session: number; sessionLabel: string }) {
  const router = useRouter();
  const t = useTranslations("admin");
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const id = (name: string) => `c${session}-${name}`;
  const input = (name: keyof CycleFormValues, label: string, type = "text") => (
    <Field id={id(name)} label={label} error={errors[name]}>
      {(a) => (
        <input
          {...a}
          type={type}
          value={values[name]}
          onChange={(e) => setValues((v) => ({ ...v, [name]: type === "number" ? Number(e.target.value) : e.target.value }))}
        />
      )}
    </Field>
  );
  return (
    <form
      className="card"
      aria-label={sessionLabel}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => {
          const result = await updateCycleAction(values);
          if (result.ok) {
            setErrors({});
            setMessage({ ok: true, text: t("saved") });
            router.refresh();
          } else {
            setErrors(firstFieldErrors(result));
            setMessage({ ok: false, text: result.message });
          }
        });
      }}
    >
      <h2>{sessionLabel}</h2>
      <div className="field-row">
        {input("noteVerbaleDate", t("noteVerbaleDate"), "date")}
        {input("deadline", t("deadline"), "datetime-local")}
        {input("reportSymbol", t("reportSymbol"))}
      </div>
      <div className="field-row">
        {input("reminderOffsets", t("reminders"))}
        {input("issuanceLeadDays", t("issuanceLead"), "number")}
        {input("processingDays", t("processing"), "number")}
      </div>
      <div className="button-row">
        <button type="submit" className="primary" disabled={pending}>
          {t("saveCycle")}
        </button>
        {message && (
          <span role={message.ok ? "status" : "alert"} className={message.ok ? "" : fieldErrorClass}>
            {message.text}
          </span>
        )}
      </div>
    </form>
  );
}
