import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { InviteOfficerForm } from "@/components/security/invite-officer-form";
import { OfficerActions } from "@/components/security/officer-actions";
import { DataTable } from "@/components/ui/data-table";
import { db } from "@/db/client";
import { requirePageRole } from "@/lib/auth/guards";
import { readerLocale } from "@/lib/i18n/reader";
import { stateName } from "@/lib/i18n/state-names";
import { listMissionOfficers, missionSignInHistory } from "@/lib/focal-points/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accountPages"))("officersMetaTitle") };
}

/** A focal point manages the officers of their own Mission only. */
export default async function MissionOfficersPage() {
  const user = await requirePageRole("/mission/officers", "delegation");
  if (!user.isFocalPoint) forbidden();
  const [t, format, locale, officers, history] = await Promise.all([getTranslations("security"), getFormatter(), readerLocale(), listMissionOfficers(db(), user), missionSignInHistory(db(), user)]);
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }) : "—");
  return (
    <section aria-labelledby="officers-title" className="stack">
      <h1 id="officers-title">{t("officersTitle", { state: user.memberState ? stateName(user.memberState.iso3, locale) : "" })}</h1>
      <p className="lede">{t("officersIntro")}</p>
      <InviteOfficerForm />
      <DataTable
        caption={t("officersCaption", { count: officers.length })}
        rows={officers}
        rowKey={(o) => o.id}
        rowProps={(o) => ({ "data-email": o.email })}
        columns={[
          { key: "email", header: t("email"), rowHeader: true, cell: (o) => <bdi dir="ltr">{o.email}</bdi> },
          { key: "name", header: t("name"), cell: (o) => o.name },
          { key: "status", header: t("status"), cell: (o) => (o.disabledAt ? t("disabled") : t("active")) },
          { key: "factor", header: t("secondFactorHeading"), cell: (o) => (o.hasSecondFactor ? t("yes") : t("no")) },
          { key: "last", header: t("lastSignIn"), cell: (o) => when(o.lastSignIn) },
          {
            key: "actions",
            header: t("actions"),
            cell: (o) => (o.id === user.id ? <span className="muted">{t("you")}</span> : <OfficerActions userId={o.id} email={o.email} disabled={o.disabledAt !== null} hasSecondFactor={o.hasSecondFactor} />),
          },
        ]}
      />
      <DataTable
        caption={t("historyCaption")}
        rows={history}
        rowKey={(h) => String(h.id)}
        columns={[
          { key: "at", header: t("when"), rowHeader: true, cell: (h) => when(h.at) },
          { key: "email", header: t("email"), cell: (h) => <bdi dir="ltr">{h.email}</bdi> },
          { key: "outcome", header: t("outcome"), cell: (h) => (h.succeeded ? t("succeeded") : t("failed")) },
          { key: "ip", header: t("address"), cell: (h) => (h.ip ? <bdi dir="ltr">{h.ip}</bdi> : "—") },
        ]}
      />
    </section>
  );
}
