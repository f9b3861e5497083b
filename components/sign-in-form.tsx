"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { signInAction } from "@/app/actions/auth";
import { signInSchema, type SignInInput } from "@/lib/validation/auth";
import { Field } from "./ui/field";
import { applyFieldErrors } from "./ui/field-errors";
import { SubmitButton } from "./ui/submit-button";

export function SignInForm({ next }: { next: string }) {
  const t = useTranslations("login");
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<SignInInput>({ resolver: zodResolver(signInSchema), defaultValues: { email: "", password: "" } });

  const onSubmit = handleSubmit((values) => {
    setFormError(null);
    startTransition(async () => {
      const result = await signInAction({ ...values, next });
      if (result && !result.ok) {
        setFormError(result.message);
        applyFieldErrors(setError, result);
      }
    });
  });

  return (
    <form className="stack" onSubmit={onSubmit} noValidate aria-describedby={formError ? "signin-error" : undefined}>
      {formError && (
        <p id="signin-error" className="form-error" role="alert">
          {formError}
        </p>
      )}
      <Field id="email" label={t("email")} error={errors.email?.message}>
        {(a) => <input {...a} type="email" autoComplete="username" inputMode="email" {...register("email")} />}
      </Field>
      <Field id="password" label={t("password")} error={errors.password?.message}>
        {(a) => <input {...a} type="password" autoComplete="current-password" {...register("password")} />}
      </Field>
      <SubmitButton pending={pending}>{pending ? t("submitting") : t("submit")}</SubmitButton>
    </form>
  );
}
