"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { createUserAction } from "@/app/actions/admin";
import { userCreateSchema } from "@/lib/validation/users";
import { Field } from "../ui/field";
import { applyFieldErrors } from "../ui/field-errors";
import { FormMessage } from "../ui/form-message";
import { SubmitButton } from "../ui/submit-button";

type Input = z.input<typeof userCreateSchema>;

export function CreateUserForm() {
  const router = useRouter();
  const t = useTranslations("admin");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<Input>({ resolver: zodResolver(userCreateSchema), defaultValues: { email: "", name: "", role: "delegation", stateIso3: "", password: "" } });

  const onSubmit = handleSubmit((values) =>
    startTransition(async () => {
      const result = await createUserAction({ ...values, stateIso3: values.stateIso3 || undefined });
      if (result.ok) {
        setMessage({ ok: true, text: t("created", { email: result.data.email }) });
        reset();
        router.refresh();
      } else {
        setMessage({ ok: false, text: result.message });
        applyFieldErrors(setError, result);
      }
    }),
  );

  const field = (name: keyof Input, label: string, type = "text", autoComplete = "off") => (
    <Field id={`u-${name}`} label={label} error={errors[name]?.message}>
      {(a) => <input {...a} type={type} autoComplete={autoComplete} {...register(name)} />}
    </Field>
  );

  return (
    <form className="stack card" onSubmit={onSubmit} noValidate>
      <h2>{t("newUser")}</h2>
      {field("email", t("emailLabel"), "email")}
      {field("name", t("nameLabel"))}
      <Field id="u-role" label={t("colRole")} error={errors.role?.message}>
        {(a) => (
          <select {...a} {...register("role")}>
            <option value="delegation">{t("roleDelegation")}</option>
            <option value="reviewer">{t("roleReviewer")}</option>
            <option value="admin">{t("role.admin")}</option>
          </select>
        )}
      </Field>
      {field("stateIso3", t("stateLabel"))}
      {field("password", t("passwordLabel"), "password", "new-password")}
      <SubmitButton pending={pending}>{t("createUser")}</SubmitButton>
      <FormMessage message={message} />
    </form>
  );
}
