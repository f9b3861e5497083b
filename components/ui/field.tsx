import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { translateMessage } from "@/lib/i18n/message-key";
import styles from "./field.module.css";

/** The attributes that tie a control to its label, hint and error; spread them on the control. */
export interface FieldControlProps {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
}

export interface FieldProps {
  /** The control's id; the hint is `${id}-hint`, the error `${id}-error`. */
  id: string;
  label: ReactNode;
  /** Shown between the label and the control, and read with the control. */
  hint?: ReactNode;
  hintClassName?: string;
  /** Other elements that describe the control (ids), read after the hint. */
  describedBy?: string;
  /** The field's error message, if any: shown under the control, marks the control invalid. */
  error?: string;
  /** Extra classes on the wrapper (e.g. a layout class of the page). */
  className?: string;
  /** The control, given the attributes to spread on it: `{(a) => <input {...a} {...register("x")} />}`; what it returns after the control stands before the error. */
  children: (control: FieldControlProps) => ReactNode;
  /** Rendered after the error, inside the field (e.g. the button that sends this one field). */
  after?: ReactNode;
}

/** A label, an optional hint, one control and its error, wired together for assistive technology. */
export function Field({ id, label, hint, hintClassName = "muted", describedBy, error, className, children, after }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const ids = [hintId, describedBy, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className ? `${styles.field} ${className}` : styles.field}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className={hintClassName}>
          {hint}
        </p>
      )}
      {children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": ids })}
      <FieldError id={`${id}-error`} message={error} />
      {after}
    </div>
  );
}

/**
 * A field's error message, referenced by the control's aria-describedby. A catalog key (a form's own zod
 * check made with `msg`) is shown in the reader's language; the server's messages arrive translated.
 */
export function FieldError({ id, message }: { id: string; message?: string }) {
  const t = useTranslations();
  if (!message) return null;
  return (
    <p id={id} className={styles.error}>
      {translateMessage((key, values) => t(key as never, values as never), message)}
    </p>
  );
}

/** The layout class of a field wrapper, for a group (fieldset) laid out like a field. */
export const fieldClass = styles.field;
export const fieldErrorClass = styles.error;
