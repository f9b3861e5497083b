export interface FormMessageValue {
  ok: boolean;
  text: string;
}

/** The outcome of a form: a polite status when it worked, an alert when it did not. */
export function FormMessage({ message, okClassName = "notice", id }: { message: FormMessageValue | null; okClassName?: string; id?: string }) {
  if (!message) return null;
  return (
    <p id={id} role={message.ok ? "status" : "alert"} className={message.ok ? okClassName : "form-error"}>
      {message.text}
    </p>
  );
}
