import type { ReactNode } from "react";
import { Field } from "./field";

export interface SelectOption {
  value: string | number;
  label: ReactNode;
}

/** A labelled select of a plain (GET or FormData) form, with an optional first "all / none" choice. */
export function SelectField({
  id,
  label,
  name,
  defaultValue = "",
  blank,
  options,
  error,
}: {
  id: string;
  label: ReactNode;
  name: string;
  defaultValue?: string;
  /** The first option, with an empty value (e.g. "All", "No reviewer"). */
  blank?: ReactNode;
  options: readonly SelectOption[];
  error?: string;
}) {
  return (
    <Field id={id} label={label} error={error}>
      {(a) => (
        <select {...a} name={name} defaultValue={defaultValue}>
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
