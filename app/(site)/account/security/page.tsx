import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { PasskeyAdd } from "@/components/security/passkey-add";
import { PasskeyRemove } from "@/components/security/passkey-remove";
import { SignOutEverywhere } from "@/components/security/sign-out-everywhere";
import { TotpEnrolment } from "@/components/security/totp-enrolment";
import { DataTable } from "@/components/ui/data-table";
import { db } from "@/db/client";
import { requirePageUser } from "@/lib/auth/guards";
import { securityOverview } from "@/lib/auth/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("security"))("accountTitle") };
}

export default async function AccountSecurityPage() {
  const user = await requirePageUser("/account/security");
  const [t, tp, format, overview] = await Promise.all([getTranslations("security"), getTranslations("passkeys"), getFormatter(), securityOverview(db(), user.id)]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  return (
    <section aria-labelledby="account-security-title" className="stack">
      <h1 id="account-security-title">{t("accountTitle")}</h1>
      <h2>{t("secondFactorHeading")}</h2>
      {overview.totpEnabledAt ? (
        <p>{t("totpActive", { remaining: overview.recoveryCodesLeft })}</p>
      ) : (
        <TotpEnrolment next="/account/security" />
      )}
      <h2 id="passkeys-heading">{tp("heading")}</h2>
      <p>{tp("intro")}</p>
      {overview.passkeys.length > 0 && (
        <DataTable
          caption={tp("caption", { count: overview.passkeys.length })}
          rows={overview.passkeys}
          rowKey={(p) => p.id}
          columns={[
            { key: "name", header: tp("name"), rowHeader: true, cell: (p) => p.name },
            { key: "added", header: tp("addedOn"), cell: (p) => when(p.createdAt) },
            { key: "used", header: tp("lastUsed"), cell: (p) => (p.lastUsedAt ? when(p.lastUsedAt) : tp("never")) },
            { key: "remove", header: tp("actions"), cell: (p) => <PasskeyRemove id={p.id} name={p.name} /> },
          ]}
        />
      )}
      <PasskeyAdd />
      <h2>{t("sessionsHeading")}</h2>
      <DataTable
        caption={t("sessionsCaption", { count: overview.sessions.length })}
        rows={overview.sessions}
        rowKey={(s) => s.id}
        columns={[
          { key: "started", header: t("started"), rowHeader: true, cell: (s) => format.dateTime(s.createdAt, { dateStyle: "medium", timeStyle: "short" }) },
          { key: "seen", header: t("lastSeen"), cell: (s) => format.dateTime(s.lastSeenAt, { dateStyle: "medium", timeStyle: "short" }) },
          { key: "ip", header: t("address"), cell: (s) => (s.ip ? <bdi dir="ltr">{s.ip}</bdi> : "—") },
          { key: "agent", header: t("browser"), cell: (s) => (s.id === user.sessionId ? t("thisSession") : (s.userAgent ? <bdi dir="ltr">{s.userAgent}</bdi> : "—")) },
        ]}
      />
      <SignOutEverywhere />
    </section>
  );
}
