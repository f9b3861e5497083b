"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { addCommentAction } from "@/app/actions/review";
import { Field } from "../ui/field";
import { useActionRunner } from "../ui/use-action-runner";
import { SubmitButton } from "../ui/submit-button";

export function CommentForm({ iso3, session, letter }: { iso3: string; session: number; letter: string }) {
  const t = useTranslations("review");
  const { submit, pending, failure, router } = useActionRunner();
  const [body, setBody] = useState("");
  const [visibility, setVisibility] = useState<"internal" | "delegation">("internal");
  return (
    <form
      className="stack"
      noValidate
      onSubmit={submit(
        () => addCommentAction({ iso3, session, letter, body, visibility }),
        () => {
          setBody("");
          router.refresh();
        },
      )}
    >
      <Field id="comment-body" label={t("comment")} error={failure ? (failure.fieldErrors?.body?.[0] ?? failure.message) : undefined}>
        {(a) => <textarea {...a} rows={3} value={body} onChange={(e) => setBody(e.target.value)} />}
      </Field>
      <fieldset>
        <legend>{t("whoMayRead")}</legend>
        <div className="checkbox">
          <input id="vis-internal" type="radio" name="visibility" checked={visibility === "internal"} onChange={() => setVisibility("internal")} />
          <label htmlFor="vis-internal">{t("visInternal")}</label>
        </div>
        <div className="checkbox">
          <input id="vis-delegation" type="radio" name="visibility" checked={visibility === "delegation"} onChange={() => setVisibility("delegation")} />
          <label htmlFor="vis-delegation">{t("visDelegation")}</label>
        </div>
      </fieldset>
      <SubmitButton pending={pending} variant="secondary">
        {t("addComment")}
      </SubmitButton>
    </form>
  );
}
