"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { setFocalPointAction } from "@/app/actions/focal-points";

/** The administrator names (or un-names) a delegation officer as their Mission's focal point. */
export function FocalPointToggle({ userId, email, focalPoint }: { userId: string; email: string; focalPoint: boolean }) {
  const t = useTranslations("security");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      className="secondary"
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          const result = await setFocalPointAction({ userId, focalPoint: !focalPoint });
          if (result.ok) router.refresh();
        })
      }
    >
      {focalPoint ? t("unnameFocalPoint") : t("nameFocalPoint")}
      <span className="visually-hidden"> {email}</span>
    </button>
  );
}
