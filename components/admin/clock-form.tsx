"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { setDemoDateAction } from "@/app/actions/clock";
import { demoDateInput, type DemoDateInput } from "@/lib/validation/timeline";
import { FieldError } from "../field-error";

export function ClockForm({ current }: { current: string }) {
  const t = useTranslations("clock");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<DemoDateInput>({ resolver: zodResolver(demoDateInput), defaultValues: { date: current } });

  const send = (date: string) =>
    startTransition(async () => {
      const result = await setDemoDateAction({ date });
      if (!result.ok) {
        setMessage({ ok: false, text: result.message });
        const fieldMessage = result.fieldErrors?.date?.[0];
        if (fieldMessage) setError("date", { message: fieldMessage });
        return;
      }
      setMessage({ ok: true, text: result.data.date ? t("saved", { date: result.data.date }) : t("cleared") });
      router.refresh();
    });

  return (
    <form className="stack" noValidate onSubmit={handleSubmit((v) => send(v.date))}>
      <div aria-live="polite">
        {message && (
          <p className={message.ok ? "notice ok" : "form-error"} role={message.ok ? "status" : "alert"}>
            {message.text}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor="demo-date">{t("date")}</label>
        <input
          id="demo-date"
          type="date"
          min="1945-10-24"
          max="2100-12-31"
          aria-invalid={errors.date ? true : undefined}
          aria-describedby={errors.date ? "demo-date-error" : undefined}
          {...register("date")}
        />
        <FieldError id="demo-date-error" message={errors.date?.message} />
      </div>
      <div className="button-row">
        <button type="submit" className="primary" disabled={pending}>
          {t("set")}
        </button>
        <button type="button" className="secondary" disabled={pending} onClick={() => send("")}>
          {t("clear")}
        </button>
      </div>
    </form>
  );
}
