"use client";

import { useTranslations } from "next-intl";
import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { resetPasswordAction } from "@/app/actions/admin";
import { resetPasswordInput } from "@/lib/validation/admin";
import { Field } from "../ui/field";
import { SubmitButton } from "../ui/submit-button";

type Input = z.input<typeof resetPasswordInput>;

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("admin");
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<Input>({ resolver: zodResolver(resetPasswordInput), defaultValues: { token, password: "", confirm: "" } });
  if (result?.ok)
    return (
      <p role="status" className="notice">
        {result.text} <Link href="/login">{t("signIn")}</Link>
      </p>
    );
  return (
    <form
      className="stack"
      noValidate
      onSubmit={handleSubmit((v) =>
        startTransition(async () => {
          const r = await resetPasswordAction(v);
          setResult(r.ok ? { ok: true, text: t("passwordSet") } : { ok: false, text: r.message });
        }),
      )}
    >
      {result && !result.ok && (
        <p role="alert" className="form-error">
          {result.text}
        </p>
      )}
      <Field id="new-password" label={t("newPassword")} error={errors.password?.message}>
        {(a) => <input {...a} type="password" autoComplete="new-password" {...register("password")} />}
      </Field>
      <Field id="confirm-password" label={t("repeatPassword")} error={errors.confirm?.message}>
        {(a) => <input {...a} type="password" autoComplete="new-password" {...register("confirm")} />}
      </Field>
      <SubmitButton pending={pending}>{t("setPassword")}</SubmitButton>
    </form>
  );
}
