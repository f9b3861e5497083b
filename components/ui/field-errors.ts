import type { FieldPath, FieldValues, UseFormSetError } from "react-hook-form";

/** What a Server Action (or a zod flatten) reports per field: the messages for each field name or path. */
export interface WithFieldErrors {
  fieldErrors?: Record<string, string[] | undefined>;
}

/** The first message of each field that has one. */
export function firstFieldErrors(result: WithFieldErrors): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, messages] of Object.entries(result.fieldErrors ?? {})) {
    if (messages?.[0]) out[name] = messages[0];
  }
  return out;
}

/**
 * Shows the server's field errors on a react-hook-form form, under the fields they concern.
 * Names are field paths ("email", "cycle.deadline", "items.0.letter"). Returns whether any was set.
 */
export function applyFieldErrors<T extends FieldValues>(setError: UseFormSetError<T>, result: WithFieldErrors): boolean {
  const errors = Object.entries(firstFieldErrors(result));
  for (const [name, message] of errors) setError(name as FieldPath<T>, { type: "server", message });
  return errors.length > 0;
}
