"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import type { ActionResult } from "@/lib/action";

export type ActionFailure = Extract<ActionResult<unknown>, { ok: false }>;

/**
 * Calls a Server Action from a button or a small form, in a transition. A failure is kept (its message
 * and field errors) for the component to show; on success the failure is cleared and `onSuccess` gets
 * the data, or, without `onSuccess`, the page's data refreshes.
 */
export function useActionRunner() {
  const router = useRouter();
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [pending, startTransition] = useTransition();
  const run = <T>(call: () => Promise<ActionResult<T>>, onSuccess?: (data: T) => void) =>
    startTransition(async () => {
      const result = await call();
      if (!result.ok) {
        setFailure(result);
        return;
      }
      setFailure(null);
      if (onSuccess) onSuccess(result.data);
      else router.refresh();
    });
  /** A form's onSubmit that runs the action instead of sending the form. */
  const submit =
    <T>(call: () => Promise<ActionResult<T>>, onSuccess?: (data: T) => void) =>
    (event: FormEvent) => {
      event.preventDefault();
      run(call, onSuccess);
    };
  return { run, submit, pending, failure, router };
}
