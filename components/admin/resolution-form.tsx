"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState, useTransition } from "react";
import { useFieldArray, useForm, type FieldPath } from "react-hook-form";
import { addResolutionAction } from "@/app/actions/resolutions";
import { DEFAULT_ISSUANCE_LEAD_DAYS, DEFAULT_PROCESSING_DAYS } from "@/lib/planning";
import { MILESTONE_KINDS, newResolutionInput, type NewResolutionFormValues, type NewResolutionInput } from "@/lib/validation/resolution";
import { Field } from "../ui/field";
import { applyFieldErrors } from "../ui/field-errors";
import { FormMessage } from "../ui/form-message";
import { messageAt, RepeatFieldset } from "./repeat-group";
import styles from "./resolution-form.module.css";
import { SubmitButton } from "../ui/submit-button";

type Values = NewResolutionFormValues;

const EMPTY: Values = {
  symbol: "",
  title: "",
  agendaItem: Number.NaN,
  adoptedOn: "",
  meeting: "",
  previousSymbol: "",
  preamble: "",
  paragraphs: [{ number: 1, verb: "", text: "" }],
  items: [{ paragraph: 1, letter: "a", shortTitle: "", text: "" }],
  cycle: {
    targetSession: Number.NaN,
    sessionOpening: "",
    noteVerbaleDate: "",
    deadline: "",
    reportSymbol: "",
    reportDueOn: "",
    issuanceLeadDays: DEFAULT_ISSUANCE_LEAD_DAYS,
    processingDays: DEFAULT_PROCESSING_DAYS,
    assumptions: "",
  },
  milestones: [],
};

export function ResolutionForm({ previous }: { previous: { symbol: string; number: string }[] }) {
  const t = useTranslations("newResolution");
  const [pending, startTransition] = useTransition();
  const [formError, setFormError] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<Values, unknown, NewResolutionInput>({ resolver: zodResolver(newResolutionInput), defaultValues: EMPTY });
  const paragraphs = useFieldArray({ control, name: "paragraphs" });
  const items = useFieldArray({ control, name: "items" });
  const milestones = useFieldArray({ control, name: "milestones" });

  /** One labelled input with its error, tied together for assistive technology. */
  const field = (name: FieldPath<Values>, label: string, options: { type?: string; number?: boolean; hint?: string; wide?: boolean } = {}) => {
    return (
      <Field
        id={`f-${name.replaceAll(".", "-")}`}
        label={label}
        hint={options.hint}
        hintClassName="muted small"
        error={messageAt(errors, name)}
        className={options.wide ? styles.wide : undefined}
      >
        {(a) =>
          options.type === "textarea" ? (
            <textarea {...a} rows={3} {...register(name)} />
          ) : (
            <input {...a} type={options.type ?? (options.number ? "number" : "text")} {...register(name, options.number ? { valueAsNumber: true } : {})} />
          )
        }
      </Field>
    );
  };

  const onSubmit = handleSubmit((values) => {
    setFormError(null);
    startTransition(async () => {
      const result = await addResolutionAction(values);
      if (!result.ok) {
        setFormError(result.message);
        applyFieldErrors(setError, result);
        return;
      }
      setCreated(result.data.symbol);
    });
  });

  if (created) {
    return (
      <p className="notice ok" role="status">
        {t("created", { symbol: created })} <Link href="/timeline">{t("seeTimeline")}</Link>
      </p>
    );
  }

  return (
    <form className={`stack ${styles.wideForm}`} noValidate onSubmit={onSubmit} aria-describedby={formError ? "resolution-error" : undefined}>
      <FormMessage id="resolution-error" message={formError ? { ok: false, text: formError } : null} />
      <fieldset>
        <legend>{t("resolution")}</legend>
        <div className="field-row">
          {field("symbol", t("symbol"), { hint: t("symbolHint") })}
          {field("agendaItem", t("agendaItem"), { number: true })}
          {field("adoptedOn", t("adoptedOn"), { type: "date" })}
        </div>
        {field("title", t("titleField"), { wide: true })}
        <div className="field-row">
          {field("meeting", t("meeting"))}
          <Field id="f-previousSymbol" label={t("previous")}>
            {(a) => (
              <select {...a} {...register("previousSymbol")}>
                <option value="">{t("none")}</option>
                {previous.map((p) => (
                  <option key={p.symbol} value={p.symbol}>
                    {p.number} ({p.symbol})
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        {field("preamble", t("preamble"), { type: "textarea" })}
      </fieldset>

      <RepeatFieldset
        legend={t("paragraphs")}
        list={paragraphs}
        minimum={1}
        errorId="paragraphs-error"
        error={messageAt(errors, "paragraphs")}
        remove={t("remove")}
        add={t("addParagraph")}
        onAdd={() => paragraphs.append({ number: paragraphs.fields.length + 1, verb: "", text: "" })}
      >
        {(i) => (
          <>
            <div className="field-row">
              {field(`paragraphs.${i}.number`, t("number"), { number: true })}
              {field(`paragraphs.${i}.verb`, t("verb"))}
            </div>
            {field(`paragraphs.${i}.text`, t("text"), { type: "textarea" })}
          </>
        )}
      </RepeatFieldset>

      <RepeatFieldset
        legend={t("items")}
        list={items}
        minimum={1}
        errorId="items-error"
        error={messageAt(errors, "items")}
        remove={t("remove")}
        add={t("addItem")}
        onAdd={() => items.append({ paragraph: 3, letter: String.fromCharCode(97 + Math.min(items.fields.length, 25)), shortTitle: "", text: "" })}
      >
        {(i) => (
          <>
            <div className="field-row">
              {field(`items.${i}.paragraph`, t("paragraph"), { number: true })}
              {field(`items.${i}.letter`, t("letter"))}
              {field(`items.${i}.shortTitle`, t("shortTitle"))}
            </div>
            {field(`items.${i}.text`, t("text"), { type: "textarea" })}
          </>
        )}
      </RepeatFieldset>

      <fieldset>
        <legend>{t("cycle")}</legend>
        <div className="field-row">
          {field("cycle.targetSession", t("targetSession"), { number: true })}
          {field("cycle.sessionOpening", t("sessionOpening"), { type: "date" })}
        </div>
        <div className="field-row">
          {field("cycle.noteVerbaleDate", t("noteVerbaleDate"), { type: "date" })}
          {field("cycle.deadline", t("deadline"), { type: "date" })}
        </div>
        <div className="field-row">
          {field("cycle.reportSymbol", t("reportSymbol"))}
          {field("cycle.reportDueOn", t("reportDueOn"), { type: "date" })}
        </div>
        <div className="field-row">
          {field("cycle.issuanceLeadDays", t("issuanceLeadDays"), { number: true })}
          {field("cycle.processingDays", t("processingDays"), { number: true })}
        </div>
        {field("cycle.assumptions", t("assumptions"), { type: "textarea" })}
      </fieldset>

      <RepeatFieldset
        legend={t("milestones")}
        list={milestones}
        remove={t("remove")}
        add={t("addMilestone")}
        onAdd={() => milestones.append({ kind: "agenda", title: "", paragraph: 0, dueOn: "", doneOn: "", documentSymbol: "", assumption: "", source: "" })}
      >
        {(i) => (
          <>
              <div className="field-row">
                <Field id={`f-milestones-${i}-kind`} label={t("kind")}>
                  {(a) => (
                    <select {...a} {...register(`milestones.${i}.kind`)}>
                      {MILESTONE_KINDS.map((k) => (
                        <option key={k} value={k}>
                          {k.replaceAll("_", " ")}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                {field(`milestones.${i}.paragraph`, t("mParagraph"), { number: true })}
                {field(`milestones.${i}.dueOn`, t("dueOn"), { type: "date" })}
                {field(`milestones.${i}.doneOn`, t("doneOn"), { type: "date" })}
              </div>
              {field(`milestones.${i}.title`, t("mTitle"))}
              <div className="field-row">
                {field(`milestones.${i}.documentSymbol`, t("documentSymbol"))}
                {field(`milestones.${i}.assumption`, t("assumption"))}
                {field(`milestones.${i}.source`, t("source"))}
              </div>
          </>
        )}
      </RepeatFieldset>

      <SubmitButton pending={pending}>{pending ? t("submitting") : t("submit")}</SubmitButton>
    </form>
  );
}
