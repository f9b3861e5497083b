"use client";

import type { FieldErrors, UseFormRegister, UseFormRegisterReturn } from "react-hook-form";
import { LANGUAGE_NAMES, LANGUAGES, MAX_REPLY_CHARS, NIL_REPLY_TEXT, type ReplyFields as Fields } from "@/lib/validation/submission";
import { Field, fieldClass, fieldErrorClass } from "../ui/field";

/** The reply's fields: its text, nil reply, language of the original and publication choice. */
export function ReplyFields({
  letter,
  values,
  initial,
  errors,
  register,
  bodyField,
  onChange,
}: {
  letter: string;
  values: Partial<Fields>;
  /** The server's values, written into the server-rendered HTML so that the form works before its scripts. */
  initial: Fields;
  errors: FieldErrors<Fields>;
  register: UseFormRegister<Fields>;
  bodyField: UseFormRegisterReturn<"body">;
  onChange: () => void;
}) {
  const chars = values.body?.length ?? 0;
  return (
    <>
      <Field
        id="body"
        label={<>Your State&apos;s views on item ({letter})</>}
        hint="Plain text with light Markdown: **bold**, *italic*, lists with “- ”, headings with “## ”. HTML is shown as typed, never run."
        describedBy="body-count"
        error={errors.body?.message}
      >
        {(a) => (
          <>
            <textarea
              {...a}
              rows={14}
              readOnly={values.isNilReply}
              {...bodyField}
              // Server-rendered only: on the client react-hook-form fills the field, and a defaultValue
              // given while hydrating would overwrite what the officer typed before the scripts loaded.
              defaultValue={typeof window === "undefined" ? initial.body : undefined}
            />
            <p id="body-count" className={chars > MAX_REPLY_CHARS ? fieldErrorClass : "muted"}>
              {chars.toLocaleString("en")} / {MAX_REPLY_CHARS.toLocaleString("en")} characters
            </p>
          </>
        )}
      </Field>

      <div className="checkbox">
        <input id="isNilReply" type="checkbox" defaultChecked={initial.isNilReply} {...register("isNilReply", { onChange })} />
        <label htmlFor="isNilReply">Nil reply: “{NIL_REPLY_TEXT}”</label>
      </div>

      <div className="field-row">
        <Field id="language" label="Language of the original" error={errors.language?.message}>
          {(a) => (
            <select {...a} defaultValue={initial.language} {...register("language", { onChange })}>
              {LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {LANGUAGE_NAMES[l]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset className={fieldClass}>
          <legend>Publication</legend>
          <div className="checkbox">
            <input id="pub-public" type="radio" value="public" defaultChecked={initial.publication === "public"} {...register("publication", { onChange })} />
            <label htmlFor="pub-public">Public, once published in the report</label>
          </div>
          <div className="checkbox">
            <input id="pub-restricted" type="radio" value="restricted" defaultChecked={initial.publication === "restricted"} {...register("publication", { onChange })} />
            <label htmlFor="pub-restricted">Restricted to the Secretariat and Member States</label>
          </div>
        </fieldset>
      </div>
    </>
  );
}
