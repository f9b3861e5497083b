"use client";

import { useTranslations } from "next-intl";
import type { FieldErrors, UseFormRegister, UseFormRegisterReturn } from "react-hook-form";
import { LANGUAGES, MAX_REPLY_CHARS, type ReplyFields as Fields } from "@/lib/validation/submission";
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
  const t = useTranslations("replyForm");
  const tr = useTranslations("reply");
  const chars = values.body?.length ?? 0;
  return (
    <>
      <Field
        id="body"
        label={t("bodyLabel", { letter })}
        hint={t("bodyHint")}
        describedBy="body-count"
        error={errors.body?.message}
      >
        {(a) => (
          <>
            <textarea
              {...a}
              rows={14}
              // The reply's own direction (an Arabic reply reads right to left in an English page, and the reverse).
              dir="auto"
              readOnly={values.isNilReply}
              {...bodyField}
              // Server-rendered only: on the client react-hook-form fills the field, and a defaultValue
              // given while hydrating would overwrite what the officer typed before the scripts loaded.
              defaultValue={typeof window === "undefined" ? initial.body : undefined}
            />
            <p id="body-count" className={chars > MAX_REPLY_CHARS ? fieldErrorClass : "muted"}>
              {t("count", { count: chars, max: MAX_REPLY_CHARS })}
            </p>
          </>
        )}
      </Field>

      <div className="checkbox">
        <input id="isNilReply" type="checkbox" defaultChecked={initial.isNilReply} {...register("isNilReply", { onChange })} />
        <label htmlFor="isNilReply">{t("nilReplyLabel", { text: tr("nilReply") })}</label>
      </div>

      <div className="field-row">
        <Field id="language" label={t("languageLabel")} error={errors.language?.message}>
          {(a) => (
            <select {...a} defaultValue={initial.language} {...register("language", { onChange })}>
              {LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {tr("language", { language: l })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset className={fieldClass}>
          <legend>{t("publication")}</legend>
          <div className="checkbox">
            <input id="pub-public" type="radio" value="public" defaultChecked={initial.publication === "public"} {...register("publication", { onChange })} />
            <label htmlFor="pub-public">{t("public")}</label>
          </div>
          <div className="checkbox">
            <input id="pub-restricted" type="radio" value="restricted" defaultChecked={initial.publication === "restricted"} {...register("publication", { onChange })} />
            <label htmlFor="pub-restricted">{t("restricted")}</label>
          </div>
        </fieldset>
      </div>
    </>
  );
}
