"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Field } from "../ui/field";
import { FormMessage } from "../ui/form-message";
import { SubmitButton } from "../ui/submit-button";

const MAX_BYTES = 10 * 1024 * 1024;

/** Uploads the signed letter; the server checks the size and that it really is a PDF. */
export function LetterUpload({ endpoint }: { endpoint: string }) {
  const router = useRouter();
  const t = useTranslations("replyForm");
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const onSubmit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const file = (form.elements.namedItem("file") as HTMLInputElement).files?.[0];
    setDone(null);
    if (!file) return setError(t("chooseFile"));
    if (file.size > MAX_BYTES) return setError(t("tooLarge"));
    setError(undefined);
    startTransition(async () => {
      try {
        const response = await fetch(endpoint, { method: "POST", body: new FormData(form) });
        const body = (await response.json().catch(() => ({}))) as { message?: string; fieldErrors?: { file?: string[] } };
        if (!response.ok) return setError(body.fieldErrors?.file?.[0] ?? body.message ?? t("refused", { status: response.status }));
        form.reset();
        setDone(t("uploaded", { name: file.name }));
        router.refresh();
      } catch {
        setError(t("unreachable"));
      }
    });
  };

  return (
    <form onSubmit={onSubmit} className="stack" noValidate>
      <Field id="letter-file" label={t("letterLabel")} error={error}>
        {(a) => <input {...a} name="file" type="file" accept="application/pdf,.pdf" />}
      </Field>
      <SubmitButton pending={pending} variant="secondary">{pending ? t("uploading") : t("upload")}</SubmitButton>
      <FormMessage message={done ? { ok: true, text: done } : null} />
    </form>
  );
}
