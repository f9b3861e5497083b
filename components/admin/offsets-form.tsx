"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { setCycleOffsetsAction } from "@/app/actions/planning";
import { cycleOffsetsInput, type CycleOffsetsInput } from "@/lib/validation/timeline";
import { FieldError } from "../field-error";

/** An administrator's form for one cycle's planning offsets. */
export function OffsetsForm({ cycleId, session, issuanceLeadDays, processingDays }: { cycleId: number; session: string } & Omit<CycleOffsetsInput, "cycleId">) {
  const t = useTranslations("planning");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<CycleOffsetsInput>({ resolver: zodResolver(cycleOffsetsInput), defaultValues: { cycleId, issuanceLeadDays, processingDays } });
  const id = (name: string) => `offsets-${cycleId}-${name}`;
  return (
    <form
      className="field-row offsets"
      noValidate
      aria-label={t("offsetsLabel", { session })}
      onSubmit={handleSubmit((values) =>
        startTransition(async () => {
          const result = await setCycleOffsetsAction(values);
          setMessage(result.ok ? { ok: true, text: t("saved") } : { ok: false, text: result.message });
          if (result.ok) router.refresh();
        }),
      )}
    >
      <div className="field">
        <label htmlFor={id("lead")}>{t("leadDays")}</label>
        <input id={id("lead")} type="number" min={0} max={365} aria-invalid={errors.issuanceLeadDays ? true : undefined} aria-describedby={errors.issuanceLeadDays ? id("lead-error") : undefined} {...register("issuanceLeadDays", { valueAsNumber: true })} />
        <FieldError id={id("lead-error")} message={errors.issuanceLeadDays?.message} />
      </div>
      <div className="field">
        <label htmlFor={id("processing")}>{t("processingDaysField")}</label>
        <input id={id("processing")} type="number" min={0} max={365} aria-invalid={errors.processingDays ? true : undefined} aria-describedby={errors.processingDays ? id("processing-error") : undefined} {...register("processingDays", { valueAsNumber: true })} />
        <FieldError id={id("processing-error")} message={errors.processingDays?.message} />
      </div>
      <div className="field">
        <button type="submit" className="secondary" disabled={pending}>
          {t("saveOffsets")}
        </button>
      </div>
      <div aria-live="polite">
        {message && (
          <p className={message.ok ? "muted" : "field-error"} role={message.ok ? "status" : "alert"}>
            {message.text}
          </p>
        )}
      </div>
    </form>
  );
}
