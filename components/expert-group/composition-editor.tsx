"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { addMemberAction, removeMemberAction, setChairAction, setExpertNameAction } from "@/app/actions/expert-group";
import type { ActionResult } from "@/lib/action";
import { addMemberInput, type AddMemberInput } from "@/lib/validation/expert-group";
import { DataTable } from "../ui/data-table";
import { Field } from "../ui/field";
import { SelectField } from "../ui/select-field";
import { FormMessage } from "../ui/form-message";
import { MemberName } from "./chair-badge";
import styles from "./composition-editor.module.css";
import { SubmitButton } from "../ui/submit-button";

interface Member {
  iso3: string;
  name: string;
  expertName: string | null;
  isChair: boolean;
}

type Outcome = { ok: true; warnings: string[] } | { ok: false; message: string };

/** The administrator's editor: every change goes to a Server Action, which checks the balance again. */
export function CompositionEditor({ groupId, members, candidates }: { groupId: number; members: Member[]; candidates: { iso3: string; name: string }[] }) {
  const t = useTranslations("composition");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const run = (call: () => Promise<ActionResult<string[]>>, after?: () => void) =>
    startTransition(async () => {
      const result = await call();
      setOutcome(result.ok ? { ok: true, warnings: result.data } : { ok: false, message: result.message });
      if (result.ok) {
        after?.();
        router.refresh();
      }
    });

  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<AddMemberInput>({ resolver: zodResolver(addMemberInput), defaultValues: { groupId, iso3: "", expertName: "" } });

  return (
    <div>
      <div aria-live="polite">
        <FormMessage message={outcome && !outcome.ok ? { ok: false, text: outcome.message } : null} />
        {outcome?.ok && (
          <div className={outcome.warnings.length ? "notice warn" : "notice ok"} role="status">
            <p>{t("done")}</p>
            {outcome.warnings.length > 0 && (
              <ul>
                {outcome.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
      <DataTable
        caption={t("title")}
        hideCaption
        rows={members}
        rowKey={(m) => m.iso3}
        rowProps={(m) => ({ "data-iso3": m.iso3 })}
        columns={[
          { key: "state", header: t("stateCol"), rowHeader: true, cell: (m) => <MemberName name={m.name} isChair={m.isChair} chairLabel={t("chair")} /> },
          {
            key: "expert",
            header: t("expertCol"),
            cell: (m) => (
              <ExpertNameForm
                id={`expert-${m.iso3}`}
                label={t("expertLabel", { state: m.name })}
                save={t("save")}
                initial={m.expertName ?? ""}
                disabled={pending}
                onSave={(expertName) => run(() => setExpertNameAction({ groupId, iso3: m.iso3, expertName }))}
              />
            ),
          },
          {
            key: "actions",
            header: t("actions"),
            cell: (m) => (
              <div className="button-row">
                {!m.isChair && (
                  <button
                    type="button"
                    className="secondary"
                    disabled={pending}
                    aria-label={`${t("makeChair")}: ${m.name}`}
                    onClick={() => run(() => setChairAction({ groupId, iso3: m.iso3 }))}
                  >
                    {t("makeChair")}
                  </button>
                )}
                <button
                  type="button"
                  className="secondary danger"
                  disabled={pending}
                  aria-label={`${t("remove")}: ${m.name}`}
                  onClick={() => {
                    if (window.confirm(t("confirmRemove", { state: m.name }))) run(() => removeMemberAction({ groupId, iso3: m.iso3 }));
                  }}
                >
                  {t("remove")}
                </button>
              </div>
            ),
          },
        ]}
      />

      <h2>{t("add")}</h2>
      <form
        className="stack"
        noValidate
        onSubmit={handleSubmit((values) => run(() => addMemberAction(values), () => reset({ groupId, iso3: "", expertName: "" })))}
      >
        <SelectField
          id="add-iso3"
          label={t("addState")}
          error={errors.iso3?.message}
          blank={t("choose")}
          options={candidates.map((c) => ({ value: c.iso3, label: c.name }))}
          {...register("iso3")}
        />
        <Field id="add-expert" label={t("addExpert")} error={errors.expertName?.message}>
          {(a) => <input {...a} type="text" {...register("expertName")} />}
        </Field>
        <SubmitButton pending={pending}>{t("addButton")}</SubmitButton>
      </form>
    </div>
  );
}

function ExpertNameForm({ id, label, save, initial, disabled, onSave }: { id: string; label: string; save: string; initial: string; disabled: boolean; onSave: (name: string) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <form
      className={styles.inlineForm}
      onSubmit={(e) => {
        e.preventDefault();
        onSave(value);
      }}
    >
      <label className="visually-hidden" htmlFor={id}>
        {label}
      </label>
      <input id={id} type="text" value={value} maxLength={200} onChange={(e) => setValue(e.target.value)} />
      <button type="submit" className="secondary" disabled={disabled || value === initial} aria-label={`${save}: ${label}`}>
        {save}
      </button>
    </form>
  );
}
