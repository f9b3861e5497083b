"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { resetPasswordAction } from "@/app/actions/admin";
import { resetPasswordInput } from "@/lib/validation/admin";
import { FieldError } from "../field-error";

type Input = z.input<typeof resetPasswordInput>;

export function ResetPasswordForm({ token }: { token: string }) {
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
        {result.text} <Link href="/login">Sign in</Link>
      </p>
    );
  return (
    <form
      className="stack"
      noValidate
      onSubmit={handleSubmit((v) =>
        startTransition(async () => {
          const r = await resetPasswordAction(v);
          setResult(r.ok ? { ok: true, text: "Your password is set. You can now sign in." } : { ok: false, text: r.message });
        }),
      )}
    >
      {result && !result.ok && (
        <p role="alert" className="form-error">
          {result.text}
        </p>
      )}
      <div className="field">
        <label htmlFor="new-password">New password (at least 12 characters)</label>
        <input id="new-password" type="password" autoComplete="new-password" aria-invalid={errors.password ? true : undefined} aria-describedby={errors.password ? "new-password-error" : undefined} {...register("password")} />
        <FieldError id="new-password-error" message={errors.password?.message} />
      </div>
      <div className="field">
        <label htmlFor="confirm-password">Repeat the new password</label>
        <input id="confirm-password" type="password" autoComplete="new-password" aria-invalid={errors.confirm ? true : undefined} aria-describedby={errors.confirm ? "confirm-password-error" : undefined} {...register("confirm")} />
        <FieldError id="confirm-password-error" message={errors.confirm?.message} />
      </div>
      <div>
        <button type="submit" className="primary" disabled={pending}>
          Set password
        </button>
      </div>
    </form>
  );
}
