"use client";

import { restoreRevisionAction } from "@/app/actions/submissions";
import { fieldErrorClass } from "../ui/field";
import { useActionRunner } from "../ui/use-action-runner";

/** Makes an old version the current draft again (as a new version). */
export function RestoreButton(props: { iso3: string; session: number; letter: string; revisionId: number; version: number; expectedVersion: number; editorHref: string }) {
  const { run, pending, failure, router } = useActionRunner();
  const { iso3, session, letter, revisionId, expectedVersion } = props;
  return (
    <>
      <button
        type="button"
        className="secondary"
        disabled={pending}
        onClick={() => run(() => restoreRevisionAction({ iso3, session, letter, revisionId, expectedVersion }), () => router.push(props.editorHref))}
      >
        Restore version {props.version} as the draft
      </button>
      {failure && (
        <span role="alert" className={fieldErrorClass}>
          {" "}
          {failure.message}
        </span>
      )}
    </>
  );
}
