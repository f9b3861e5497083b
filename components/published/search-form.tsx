import { getTranslations } from "next-intl/server";
import { REGIONAL_GROUPS } from "@/lib/groups";
import { readerLocale } from "@/lib/i18n/reader";
import { sessionOrdinal } from "@/lib/i18n/session-ordinal";
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
  const [t, tg, locale] = await Promise.all([getTranslations("published"), getTranslations("regionalGroups"), readerLocale()]);
  const filters = [
    { name: "item", label: t("itemFilter"), value: values?.item ?? "", options: items.map((i) => ({ value: i.letter, label: `(${i.letter}) ${i.shortTitle}` })) },
    { name: "session", label: t("sessionFilter"), value: values?.session ? String(values.session) : "", options: sessions.map((s) => ({ value: s, label: t("sessionHeading", { ordinal: sessionOrdinal(s, locale, { style: "numeric" }) }) })) },
    { name: "group", label: t("groupFilter"), value: values?.group ?? "", options: REGIONAL_GROUPS.map((g) => ({ value: g, label: tg(`group.${g}`) })) },
  ];
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
      <div className={`field-row ${styles.filters}`}>
        {filters.map((f) => (
          <SelectField key={f.name} id={`search-${f.name}`} label={f.label} name={f.name} defaultValue={f.value} blank={t("all")} options={f.options} />
        ))}
        <div className="button-row">
          <button type="submit" className="primary">
            {t("search")}
          </button>
        </div>
      </div>
    </form>
  );
}
