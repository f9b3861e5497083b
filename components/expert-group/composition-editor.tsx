"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { addMemberAction, removeMemberAction, setChairAction, setExpertNameAction } from "@/app/actions/expert-group";
import type { ActionResult } from "@/lib/action";
import { addMemberInput, type AddMemberInput } from "@/lib/validation/expert-group";
import { FieldError } from "../field-error";
import "../timeline/timeline.css";

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
        {outcome && !outcome.ok && (
          <p className="form-error" role="alert">
            {outcome.message}
          </p>
        )}
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
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{t("title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("stateCol")}</th>
              <th scope="col">{t("expertCol")}</th>
              <th scope="col">{t("actions")}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.iso3} data-iso3={m.iso3}>
                <th scope="row">
                  {m.name}
                  {m.isChair && <span className="badge chair">{t("chair")}</span>}
                </th>
                <td>
                  <ExpertNameForm
                    id={`expert-${m.iso3}`}
                    label={t("expertLabel", { state: m.name })}
                    save={t("save")}
                    initial={m.expertName ?? ""}
                    disabled={pending}
                    onSave={(expertName) => run(() => setExpertNameAction({ groupId, iso3: m.iso3, expertName }))}
                  />
                </td>
                <td>
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
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>{t("add")}</h2>
      <form
        className="stack"
        noValidate
        onSubmit={handleSubmit((values) => run(() => addMemberAction(values), () => reset({ groupId, iso3: "", expertName: "" })))}
      >
        <div className="field">
          <label htmlFor="add-iso3">{t("addState")}</label>
          <select id="add-iso3" aria-invalid={errors.iso3 ? true : undefined} aria-describedby={errors.iso3 ? "add-iso3-error" : undefined} {...register("iso3")}>
            <option value="">{t("choose")}</option>
            {candidates.map((c) => (
              <option key={c.iso3} value={c.iso3}>
                {c.name}
              </option>
            ))}
          </select>
          <FieldError id="add-iso3-error" message={errors.iso3?.message} />
        </div>
        <div className="field">
          <label htmlFor="add-expert">{t("addExpert")}</label>
          <input id="add-expert" type="text" aria-invalid={errors.expertName ? true : undefined} {...register("expertName")} />
          <FieldError id="add-expert-error" message={errors.expertName?.message} />
        </div>
        <div>
          <button type="submit" className="primary" disabled={pending}>
            {t("addButton")}
          </button>
        </div>
      </form>
    </div>
  );
}

function ExpertNameForm({ id, label, save, initial, disabled, onSave }: { id: string; label: string; save: string; initial: string; disabled: boolean; onSave: (name: string) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <form
      className="inline-form"
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
