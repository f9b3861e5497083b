import type { ReactNode } from "react";
import { FieldError } from "../ui/field";
import styles from "./repeat-group.module.css";

/** The error message at a dotted path of react-hook-form's errors ("cycle.deadline", "items.0.letter"). */
export function messageAt(errors: unknown, path: string): string | undefined {
  let node: unknown = errors;
  for (const part of path.split(".")) node = node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined;
  const m = node && typeof node === "object" ? (node as { message?: unknown }).message : undefined;
  return typeof m === "string" ? m : undefined;
}

/** One entry of a repeated group of fields (a paragraph, an item, a milestone), with its remove button. */
export function RepeatGroup({ name, remove, onRemove, canRemove = true, children }: { name: string; remove: string; onRemove: () => void; canRemove?: boolean; children: ReactNode }) {
  return (
    <div className={styles.repeat} role="group" aria-label={name}>
      {children}
      <button type="button" className="secondary danger" onClick={onRemove} disabled={!canRemove}>
        {remove}
        <span className="visually-hidden"> — {name}</span>
      </button>
    </div>
  );
}

/**
 * A fieldset of repeated entries (react-hook-form's useFieldArray): each entry with its remove button, then
 * the add button. `minimum` entries always stay; `errorId` shows the list's own error (e.g. "at least one").
 */
export function RepeatFieldset({
  legend,
  list,
  minimum = 0,
  remove,
  add,
  onAdd,
  errorId,
  error,
  children,
}: {
  legend: string;
  list: { fields: readonly { id: string }[]; remove: (index: number) => void };
  minimum?: number;
  remove: string;
  add: string;
  onAdd: () => void;
  errorId?: string;
  error?: string;
  children: (index: number) => ReactNode;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {errorId && <FieldError id={errorId} message={error} />}
      {list.fields.map((f, i) => (
        <RepeatGroup key={f.id} name={`${legend} ${i + 1}`} remove={remove} onRemove={() => list.remove(i)} canRemove={list.fields.length > minimum}>
          {children(i)}
        </RepeatGroup>
      ))}
      <button type="button" className="secondary" onClick={onAdd}>
        {add}
      </button>
    </fieldset>
  );
}
