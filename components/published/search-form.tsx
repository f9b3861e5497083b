import { getTranslations } from "next-intl/server";
import { GROUP_LABELS, REGIONAL_GROUPS } from "@/lib/groups";
import { ordinal } from "@/lib/ordinal";
import type { PublishedSearchInput } from "@/lib/validation/report";
import { Field } from "../ui/field";
import { SelectField } from "../ui/select-field";
import styles from "./search-form.module.css";

/** A plain GET form: it works without JavaScript, and a search has its own address to share. */
export async function PublishedSearchForm({
  values,
  items,
  sessions,
}: {
  values?: Partial<PublishedSearchInput>;
  items: readonly { letter: string; shortTitle: string }[];
  sessions: readonly number[];
}) {
  const t = await getTranslations("published");
  return (
    <form method="get" action="/published/search" role="search" aria-label={t("searchTitle")} className="card">
      <Field id="search-q" label={t("searchLabel")}>
        {(a) => (
          <>
            <input {...a} name="q" type="text" defaultValue={values?.q ?? ""} maxLength={200} aria-describedby="search-hint" />
            <p id="search-hint" className={`muted ${styles.hint}`}>
              {t("searchHint")}
            </p>
          </>
        )}
      </Field>
      <div className={`field-row filters ${styles.filters}`}>
        <SelectField
          id="search-item"
          label={t("itemFilter")}
          name="item"
          defaultValue={values?.item ?? ""}
          blank={t("all")}
          options={items.map((i) => ({ value: i.letter, label: `(${i.letter}) ${i.shortTitle}` }))}
        />
        <SelectField
          id="search-session"
          label={t("sessionFilter")}
          name="session"
          defaultValue={values?.session ? String(values.session) : ""}
          blank={t("all")}
          options={sessions.map((s) => ({ value: s, label: t("sessionHeading", { ordinal: ordinal(s) }) }))}
        />
        <SelectField
          id="search-group"
          label={t("groupFilter")}
          name="group"
          defaultValue={values?.group ?? ""}
          blank={t("all")}
          options={REGIONAL_GROUPS.map((g) => ({ value: g, label: GROUP_LABELS[g].states }))}
        />
        <div className="button-row">
          <button type="submit" className="primary">
            {t("search")}
          </button>
        </div>
      </div>
    </form>
  );
}
