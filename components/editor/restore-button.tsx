"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { restoreRevisionAction } from "@/app/actions/submissions";
import { fieldErrorClass } from "../ui/field";

/** Makes an old version the current draft again (as a new version); the label comes translated. */
export function RestoreButton(props: { iso3: string; session: number; letter: string; revisionId: number; label: string; expectedVersion: number; editorHref: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <>
      <button
        type="button"
        className="secondary"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const { iso3, session, letter, revisionId, expectedVersion } = props;
            const result = await restoreRevisionAction({ iso3, session, letter, revisionId, expectedVersion });
            if (result.ok) router.push(props.editorHref);
            else setError(result.message);
          })
        }
      >
        {props.label}
      </button>
      {error && (
        <span role="alert" className={fieldErrorClass}>
          {" "}
          {error}
        </span>
      )}
    </>
  );
}
