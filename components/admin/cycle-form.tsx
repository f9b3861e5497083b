"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { updateCycleAction } from "@/app/actions/admin";
import { Field, fieldErrorClass } from "../ui/field";
import { firstFieldErrors } from "../ui/field-errors";
import { ordinal } from "@/lib/ordinal";

export interface CycleFormValues {
  cycleId: number;
  noteVerbaleDate: string;
  deadline: string;
  reportSymbol: string;
  reminderOffsets: string;
  issuanceLeadDays: number;
  processingDays: number;
}

export function CycleForm({ initial, session }: { initial: CycleFormValues; session: number }) {
  const router = useRouter();
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
      aria-label={`Cycle for the ${ordinal(session)} session`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => {
          const result = await updateCycleAction(values);
          if (result.ok) {
            setErrors({});
            setMessage({ ok: true, text: "Saved." });
            router.refresh();
          } else {
            setErrors(firstFieldErrors(result));
            setMessage({ ok: false, text: result.message });
          }
        });
      }}
    >
      <h2>Cycle for the {ordinal(session)} session</h2>
      <div className="field-row">
        {input("noteVerbaleDate", "Note verbale date", "date")}
        {input("deadline", "Reply deadline (New York time)", "datetime-local")}
        {input("reportSymbol", "Report symbol")}
      </div>
      <div className="field-row">
        {input("reminderOffsets", "Reminders, days before the deadline (negative: after)")}
        {input("issuanceLeadDays", "Report issued this many days before the session", "number")}
        {input("processingDays", "Days for editing and translation", "number")}
      </div>
      <div className="button-row">
        <button type="submit" className="primary" disabled={pending}>
          Save cycle
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
