import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { TokenRotator } from "@/components/calendar/token-rotator";
import { db } from "@/db/client";
import { findStateByIso3 } from "@/lib/states/queries";
import { requirePageUser } from "@/lib/auth/guards";
import { getActiveToken } from "@/lib/calendar/queries";
import { canEditState } from "@/lib/permissions";
import { formatDate } from "@/lib/i18n/dates";
import { readerLocale } from "@/lib/i18n/reader";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("itemPage"))("calendarTitle") };
}

/** The address this server answers on, for links to paste into a calendar application. */
async function origin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}

export default async function CalendarPage({ params }: { params: Promise<{ iso3: string }> }) {
  const { iso3 } = await params;
  const user = await requirePageUser(`/states/${iso3}/calendar`);
  const state = await findStateByIso3(db(), iso3);
  if (!state) notFound();
  // Only the State's own delegation: the link opens its extensions.
  if (!canEditState(user, state.id)) forbidden();
  const [t, active, base, locale] = await Promise.all([getTranslations("calendar"), getActiveToken(db(), state.id), origin(), readerLocale()]);
  return (
    <section aria-labelledby="calendar-title">
      <Breadcrumb>
        <Link href={`/states/${state.iso3}`}>{state.name}</Link>
      </Breadcrumb>
      <h1 id="calendar-title">{t("title", { state: state.name })}</h1>
      <p className="lede">{t("lede")}</p>
      <h2>{t("yours")}</h2>
      <p>{active ? t("active", { date: formatDate(active.createdAt, locale) }) : t("none")}</p>
      <ClientMessages namespaces={["calendar"]}><TokenRotator iso3={state.iso3} feedBase={`${base}/api/states/${state.iso3}/calendar.ics`} hasActive={active !== null} /></ClientMessages>
      <h2>{t("public")}</h2>
      <p>
        <a href="/api/calendar.ics">{`${base}/api/calendar.ics`}</a>
      </p>
    </section>
  );
}
