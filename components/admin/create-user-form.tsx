"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { createUserAction } from "@/app/actions/admin";
import { userCreateSchema } from "@/lib/validation/users";
import { FieldError } from "../field-error";

type Input = z.input<typeof userCreateSchema>;

export function CreateUserForm() {
  const router = useRouter();
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
        setMessage({ ok: true, text: `Created ${result.data.email}.` });
        reset();
        router.refresh();
      } else {
        setMessage({ ok: false, text: result.message });
        for (const [field, msgs] of Object.entries(result.fieldErrors ?? {})) if (msgs?.[0]) setError(field as keyof Input, { message: msgs[0] });
      }
    }),
  );

  const field = (name: keyof Input, label: string, type = "text", autoComplete = "off") => (
    <div className="field">
      <label htmlFor={`u-${name}`}>{label}</label>
      <input
        id={`u-${name}`}
        type={type}
        autoComplete={autoComplete}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `u-${name}-error` : undefined}
        {...register(name)}
      />
      <FieldError id={`u-${name}-error`} message={errors[name]?.message} />
    </div>
  );

  return (
    <form className="stack card" onSubmit={onSubmit} noValidate>
      <h2>New user</h2>
      {field("email", "Email address", "email")}
      {field("name", "Name and function")}
      <div className="field">
        <label htmlFor="u-role">Role</label>
        <select id="u-role" {...register("role")}>
          <option value="delegation">Delegation (Permanent Mission)</option>
          <option value="reviewer">Secretariat reviewer</option>
          <option value="admin">Administrator</option>
        </select>
      </div>
      {field("stateIso3", "Member State code (delegations only), e.g. FRA")}
      {field("password", "Initial password (at least 12 characters)", "password", "new-password")}
      <div>
        <button type="submit" className="primary" disabled={pending}>
          Create user
        </button>
      </div>
      {message && (
        <p role={message.ok ? "status" : "alert"} className={message.ok ? "notice" : "form-error"}>
          {message.text}
        </p>
      )}
    </form>
  );
}
