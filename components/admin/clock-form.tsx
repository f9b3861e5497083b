"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { setDemoDateAction } from "@/app/actions/clock";
import { demoDateInput, type DemoDateInput } from "@/lib/validation/timeline";
import { Field } from "../ui/field";
import { applyFieldErrors } from "../ui/field-errors";
import { FormMessage } from "../ui/form-message";

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
        applyFieldErrors(setError, result);
        return;
      }
      setMessage({ ok: true, text: result.data.date ? t("saved", { date: result.data.date }) : t("cleared") });
      router.refresh();
    });

  return (
    <form className="stack" noValidate onSubmit={handleSubmit((v) => send(v.date))}>
      <div aria-live="polite">
        <FormMessage message={message} okClassName="notice ok" />
      </div>
      <Field id="demo-date" label={t("date")} error={errors.date?.message}>
        {(a) => <input {...a} type="date" min="1945-10-24" max="2100-12-31" {...register("date")} />}
      </Field>
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
