/** What a Server Action returns to a form: field errors go next to their fields, the message above. */
export type FormResult<T = undefined> =
  | { ok: true; data?: T; message?: string }
  | { ok: false; message: string; fieldErrors?: Record<string, string[] | undefined> };
