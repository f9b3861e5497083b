import type { ReactNode, Ref, SelectHTMLAttributes } from "react";
import { Field } from "./field";

export interface SelectOption {
  value: string | number;
  label: ReactNode;
}

/**
 * A labelled select with an optional first "all / none" choice. In a plain (GET or FormData) form give it
 * `name` and `defaultValue`; in a react-hook-form form spread `register("x")` on it.
 */
export function SelectField({
  id,
  label,
  blank,
  options,
  error,
  ...select
}: {
  id: string;
  label: ReactNode;
  /** The first option, with an empty value (e.g. "All", "No reviewer"). */
  blank?: ReactNode;
  options: readonly SelectOption[];
  error?: string;
  ref?: Ref<HTMLSelectElement>;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "children">) {
  return (
    <Field id={id} label={label} error={error}>
      {(a) => (
        <select {...a} {...select}>
          {blank !== undefined && <option value="">{blank}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
