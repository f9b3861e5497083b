import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { fieldClass } from "@/components/ui/field";
import { db } from "@/db/client";
import { reference } from "@/lib/reference-cache";
import { requirePageRole } from "@/lib/auth/guards";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { formatDate, formatDateTime } from "@/lib/i18n/dates";
import { inReaderLanguage } from "@/lib/i18n/state-names";
import { AUDIT_KINDS, auditSentence } from "@/lib/review/audit-log";
import { listAuditEvents, listReviewers, listStateOptions, parseAuditFilters } from "@/lib/review/queries";
import { formatNewYorkDateTime } from "@/lib/time";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("secretariatDay.audit");
  return { title: t("title") };
}

const LETTERS = ["a", "b", "c", "d", "e", "f"];

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageRole("/secretariat/audit", "reviewer", "admin");
  const query = await searchParams;
  const filters = parseAuditFilters(query);
  const [{ events, nextBefore }, staff, states, t, rawLocale] = await Promise.all([
    listAuditEvents(db(), filters),
    reference("reviewers", () => listReviewers(db())),
    reference("state-options", () => listStateOptions(db())),
    getTranslations("secretariatDay.audit"),
    getLocale(),
  ]);
  const locale = isLocale(rawLocale) ? rawLocale : DEFAULT_LOCALE;
  // Moments in New York time (the column says so): English keeps the Secretariat's form.
  const when = (d: Date) => (locale === "en" ? formatNewYorkDateTime(d).replace(" (New York)", "") : formatDateTime(d, locale));
  const translate = t as unknown as (key: string, values?: Record<string, string | number>) => string;
  // The next page keeps every filter and moves the "before" cursor.
  const next = new URLSearchParams(Object.entries({ ...filters, before: nextBefore ?? undefined }).filter((e) => e[1] !== undefined).map(([k, v]) => [k, String(v)]));
  return (
    <section aria-labelledby="audit-title">
      <h1 id="audit-title">{t("title")}</h1>
      <p className="lede">{t("lede")}</p>
      <form method="get" className="card field-row filters" aria-label={t("filters")}>
        <div className={fieldClass}>
          <label htmlFor="a-iso3">{t("state")}</label>
          <select id="a-iso3" name="iso3" defaultValue={filters.iso3 ?? ""}>
            <option value="">{t("any")}</option>
            {inReaderLanguage(states, locale).map((s) => (
              <option key={s.iso3} value={s.iso3}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div className={fieldClass}>
          <label htmlFor="a-item">{t("item")}</label>
          <select id="a-item" name="item" defaultValue={filters.item ?? ""}>
            <option value="">{t("any")}</option>
            {LETTERS.map((l) => (
              <option key={l} value={l}>
                {t("itemOption", { letter: l })}
              </option>
            ))}
          </select>
        </div>
        <div className={fieldClass}>
          <label htmlFor="a-actor">{t("person")}</label>
          <select id="a-actor" name="actor" defaultValue={filters.actor ?? ""}>
            <option value="">{t("any")}</option>
            {staff.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div className={fieldClass}>
          <label htmlFor="a-kind">{t("kind")}</label>
          <select id="a-kind" name="kind" defaultValue={filters.kind ?? ""}>
            <option value="">{t("any")}</option>
            {Object.keys(AUDIT_KINDS).map((k) => (
              <option key={k} value={k}>
                {translate(`kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className={fieldClass}>
          <label htmlFor="a-from">{t("from")}</label>
          <input id="a-from" name="from" type="date" defaultValue={filters.from ?? ""} />
        </div>
        <div className={fieldClass}>
          <label htmlFor="a-to">{t("to")}</label>
          <input id="a-to" name="to" type="date" defaultValue={filters.to ?? ""} />
        </div>
        <div className="button-row">
          <button type="submit" className="secondary">
            {t("filter")}
          </button>
          <Link href="/secretariat/audit">{t("clear")}</Link>
        </div>
      </form>
      {events.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <div className="table-wrap">
          <table className="compact audit-log">
            <caption className="visually-hidden">{t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("when")}</th>
                <th scope="col">{t("event")}</th>
                <th scope="col">{t("links")}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => {
                const d = (e.details ?? {}) as { item?: unknown; version?: unknown };
                const item = typeof d.item === "string" ? d.item : null;
                const version = typeof d.version === "number" ? d.version : null;
                const reply = e.iso3 && e.session && item && e.submissionId ? `/secretariat/review/${e.iso3}/${e.session}/${item}` : null;
                return (
                  <tr key={e.id} data-action={e.action}>
                    <td>{when(e.createdAt)}</td>
                    <td>{auditSentence(e, locale, translate, (iso) => formatDate(new Date(iso), locale))}</td>
                    <td>
                      {reply && <Link href={reply}>{t("openReply")}</Link>}
                      {reply && version !== null && (
                        <>
                          {" · "}
                          <Link href={`/states/${e.iso3}/cycles/${e.session}/items/${item}/history?to=${version}`}>{t("openVersion", { version })}</Link>
                        </>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {nextBefore && (
        <p>
          <Link href={`/secretariat/audit?${next.toString()}`}>{t("older")}</Link>
        </p>
      )}
    </section>
  );
}
