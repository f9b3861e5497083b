import { getTranslations } from "next-intl/server";
import { GROUP_LABELS, REGIONAL_GROUPS } from "@/lib/groups";
import { ordinal } from "@/lib/ordinal";
import type { PublishedSearchInput } from "@/lib/validation/report";

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
      <div className="field">
        <label htmlFor="search-q">{t("searchLabel")}</label>
        <input id="search-q" name="q" type="text" defaultValue={values?.q ?? ""} maxLength={200} aria-describedby="search-hint" />
        <p id="search-hint" className="muted" style={{ margin: 0 }}>
          {t("searchHint")}
        </p>
      </div>
      <div className="field-row filters" style={{ marginTop: "1rem" }}>
        <div className="field">
          <label htmlFor="search-item">{t("itemFilter")}</label>
          <select id="search-item" name="item" defaultValue={values?.item ?? ""}>
            <option value="">{t("all")}</option>
            {items.map((i) => (
              <option key={i.letter} value={i.letter}>
                ({i.letter}) {i.shortTitle}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="search-session">{t("sessionFilter")}</label>
          <select id="search-session" name="session" defaultValue={values?.session ? String(values.session) : ""}>
            <option value="">{t("all")}</option>
            {sessions.map((s) => (
              <option key={s} value={s}>
                {t("sessionHeading", { ordinal: ordinal(s) })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="search-group">{t("groupFilter")}</label>
          <select id="search-group" name="group" defaultValue={values?.group ?? ""}>
            <option value="">{t("all")}</option>
            {REGIONAL_GROUPS.map((g) => (
              <option key={g} value={g}>
                {GROUP_LABELS[g].states}
              </option>
            ))}
          </select>
        </div>
        <div className="button-row">
          <button type="submit" className="primary">
            {t("search")}
          </button>
        </div>
      </div>
    </form>
  );
}
