"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { removePasskeyAction } from "@/app/actions/passkeys";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

/** The "Remove" button of one passkey in the list, with a confirmation. */
export function PasskeyRemove({ id, name }: { id: string; name: string }) {
  const t = useTranslations("passkeys");
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const titleId = `passkey-remove-${id}`;
  const confirm = () =>
    startTransition(async () => {
      setError(null);
      const result = await removePasskeyAction({ passkeyId: id });
      dialog.current?.close();
      if (!result.ok) return setError(result.message);
      router.refresh();
    });
  return (
    <>
      <button type="button" className="secondary" onClick={() => dialog.current?.showModal()} aria-label={t("removeNamed", { name })}>
        {t("remove")}
      </button>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <ConfirmDialog ref={dialog} titleId={titleId} title={t("removeTitle", { name })} confirmLabel={t("remove")} cancelLabel={t("cancel")} onConfirm={confirm} pending={pending} danger>
        <p>{t("removeBody")}</p>
      </ConfirmDialog>
    </>
  );
}
