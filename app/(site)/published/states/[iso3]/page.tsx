import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { stateName } from "@/lib/i18n/state-names";
import { PublishedReply } from "@/components/published/published-reply";
import { db } from "@/db/client";
import { getResolutionWithText, listCycles } from "@/lib/resolutions/queries";
import { findStateByIso3 } from "@/lib/states/queries";
import { publishedRepliesOfState } from "@/lib/published/queries";
import { readerLocale } from "@/lib/i18n/reader";
import { sessionOrdinal } from "@/lib/i18n/session-ordinal";
import { PublishedBreadcrumb } from "@/components/published/published-breadcrumb";
import styles from "./page.module.css";

type Params = { params: Promise<{ iso3: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const [state, t, locale] = await Promise.all([findStateByIso3(db(), (await params).iso3), getTranslations("published"), readerLocale()]);
  return { title: state ? t("stateTitle", { state: stateName(state.iso3, locale) }) : t("title") };
}

/** One State's replies, question by question, with the sessions side by side. */
export default async function PublishedStatePage({ params }: Params) {
  await connection();
  const { iso3 } = await params;
  const state = await findStateByIso3(db(), iso3);
  if (!state) notFound();
  const [t, data, replies, locale] = await Promise.all([getTranslations("published"), getResolutionWithText(db()), publishedRepliesOfState(db(), state.id), readerLocale()]);
  const name = stateName(state.iso3, locale);
  if (!data) notFound();
  const cycles = await listCycles(db(), data.resolution.id);
  return (
    <section aria-labelledby="state-title">
      <PublishedBreadcrumb here={name} />
      <h1 id="state-title">{t("stateTitle", { state: name })}</h1>
      <p className="lede">{t("stateIntro", { state: name })}</p>
      {replies.length === 0 && <p className="notice">{t("noStateReplies", { state: name })}</p>}
      {data.items.map((item) => (
        <section key={item.letter} aria-labelledby={`item-${item.letter}`}>
          <h2 id={`item-${item.letter}`}>
            ({item.letter}) {item.text.replace(/;$/, "")}
          </h2>
          <div className={styles.sideBySide}>
            {cycles.map((cycle) => {
              const inSession = replies.filter((r) => r.letter === item.letter && r.session === cycle.targetSession);
              return (
                <section key={cycle.id} aria-labelledby={`item-${item.letter}-${cycle.targetSession}`}>
                  <h3 id={`item-${item.letter}-${cycle.targetSession}`}>
                    {t("sessionHeading", { ordinal: sessionOrdinal(cycle.targetSession, locale) })}
                  </h3>
                  {inSession.length === 0 ? <p className="muted">{t("noReplyInSession")}</p> : inSession.map((r) => <PublishedReply key={r.entryId} reply={r} />)}
                </section>
              );
            })}
          </div>
        </section>
      ))}
    </section>
  );
}
