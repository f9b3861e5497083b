import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { PublishedReply } from "@/components/published/published-reply";
import { db } from "@/db/client";
import { getResolutionWithText, listCycles } from "@/lib/resolutions/queries";
import { publishedRepliesOnItem } from "@/lib/published/queries";
import { sessionOrdinal } from "@/lib/i18n/session-ordinal";
import { PublishedBreadcrumb } from "@/components/published/published-breadcrumb";
import { LinkList } from "@/components/ui/blocks";
import { readerLocale } from "@/lib/i18n/reader";
import { inReaderLanguage } from "@/lib/i18n/state-names";

type Props = { params: Promise<{ letter: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Published views on question (${(await params).letter.slice(0, 1)})` };
}

/** Every State's published reply on one question, session by session. */
export default async function PublishedItemPage({ params, searchParams }: Props) {
  await connection();
  const { letter } = await params;
  const data = await getResolutionWithText(db());
  const item = data?.items.find((i) => i.letter === letter);
  if (!data || !item) notFound();
  const cycles = await listCycles(db(), data.resolution.id);
  const raw = (await searchParams).session;
  const session = cycles.find((c) => String(c.targetSession) === raw)?.targetSession;
  const [t, found, locale] = await Promise.all([getTranslations("published"), publishedRepliesOnItem(db(), letter, session), readerLocale()]);
  // Each session's replies under the States' names in the reader's language, in that language's order.
  const replies = inReaderLanguage(
    found.map((r) => ({ ...r, name: r.stateName })),
    locale,
  ).sort((a, b) => b.session - a.session);
  const sessions = [...new Set(replies.map((r) => r.session))];
  return (
    <section aria-labelledby="item-title">
      <PublishedBreadcrumb here={t("itemTitle", { letter })} />
      <h1 id="item-title">
        ({item.letter}) {item.text.replace(/;$/, "")}
      </h1>
      <p className="lede">{t("itemIntro")}</p>
      <nav aria-label={t("sessionFilter")}>
        <LinkList>
          <li>{session ? <Link href={`/published/items/${letter}`}>{t("allSessions")}</Link> : <strong aria-current="page">{t("allSessions")}</strong>}</li>
          {cycles.map((c) => (
            <li key={c.id}>
              {c.targetSession === session ? (
                <strong aria-current="page">{t("sessionHeading", { ordinal: sessionOrdinal(c.targetSession, locale, { style: "numeric" }) })}</strong>
              ) : (
                <Link href={`/published/items/${letter}?session=${c.targetSession}`}>{t("sessionHeading", { ordinal: sessionOrdinal(c.targetSession, locale, { style: "numeric" }) })}</Link>
              )}
            </li>
          ))}
        </LinkList>
      </nav>
      {replies.length === 0 && <p className="notice">{t("noItemReplies")}</p>}
      {sessions.map((s) => (
        <section key={s} aria-labelledby={`session-${s}`}>
          <h2 id={`session-${s}`}>{t("sessionHeading", { ordinal: sessionOrdinal(s, locale, { style: "numeric" }) })}</h2>
          {replies
            .filter((r) => r.session === s)
            .map((r) => (
              <section key={r.entryId} aria-labelledby={`reply-${r.entryId}`}>
                <h3 id={`reply-${r.entryId}`}>
                  <Link href={`/published/states/${r.iso3}`}>{r.name}</Link>
                </h3>
                <PublishedReply reply={r} />
              </section>
            ))}
        </section>
      ))}
    </section>
  );
}
