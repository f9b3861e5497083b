import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { DueNext } from "@/components/timeline/due-next";
import { db } from "@/db/client";
import { getResolutionWithText } from "@/lib/resolutions/queries";
import { readerDates } from "@/lib/i18n/reader";

export default async function HomePage() {
  await connection();
  const [data, t, ta, { day }] = await Promise.all([getResolutionWithText(db()), getTranslations("home"), getTranslations("admin"), readerDates()]);
  if (!data) return <p>{ta("notLoaded")}</p>;
  const { resolution: r, paragraphs, items } = data;
  return (
    <article>
      <p className="muted">
        <span className="symbol">{r.symbol}</span>
      </p>
      <h1>
        {r.number}. {r.title}
      </h1>
      <p className="lede">
        {t("adopted", {
          date: day(r.adoptedOn),
          meeting: r.meeting ?? "",
          session: r.session,
          item: r.agendaItem,
          report: r.committeeReport ?? "",
        })}
      </p>

      <section aria-labelledby="about-title" className="card">
        <h2 id="about-title">{t("aboutTitle")}</h2>
        <p>{t("about")}</p>
        <ul>
          <li>
            {t("forMissions")} <Link href="/login">{t("signInMission")}</Link>
          </li>
          <li>
            {t("forSecretariat")} <Link href="/login">{t("signInSecretariat")}</Link>
          </li>
          <li>
            {t("forEveryone")} <Link href="/published">{t("publishedLink")}</Link>
          </li>
        </ul>
      </section>

      <DueNext />

      <details>
        <summary>{t("showPreamble")}</summary>
        <h2>{t("preamble")}</h2>
        <p>
          <em>{ta("generalAssembly")}</em>
        </p>
        {r.preamble.split("\n\n").map((p) => (
          <p key={p.slice(0, 40)} className="paragraph">
            {p}
          </p>
        ))}
      </details>

      <h2>{t("operative")}</h2>
      <ol className="paragraphs" style={{ listStyle: "none", padding: 0 }}>
        {paragraphs.map((p) => (
          <li key={p.id} id={`para-${p.number}`} className="paragraph">
            <p>
              {p.number}. <span className="verb">{p.verb}</span> {p.text}
            </p>
            {p.number === 3 && (
              <ul className="items" aria-label={t("itemsHeading")}>
                {items.map((i) => (
                  <li key={i.id} id={`item-${i.letter}`}>
                    <p>
                      ({i.letter}) {i.text}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>

      <section aria-labelledby="published-views">
        <h2 id="published-views">{t("publishedTitle")}</h2>
        <p>{t("publishedIntro")}</p>
        <p>
          <Link href="/published">{t("publishedLink")}</Link>
        </p>
      </section>

      {r.footnotes && (
        <>
          <h2>{t("footnotes")}</h2>
          {r.footnotes.split("\n").map((f) => (
            <p key={f} className="muted">
              {f}
            </p>
          ))}
        </>
      )}
    </article>
  );
}
