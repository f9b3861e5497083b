import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SecuritySettingsForm } from "@/components/security/security-settings-form";
import { db } from "@/db/client";
import { requirePageRole } from "@/lib/auth/guards";
import { securitySettings } from "@/lib/auth/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("securitySettings") };
}

export default async function SecuritySettingsPage() {
  await requirePageRole("/admin/security", "admin");
  const [t, initial] = await Promise.all([getTranslations("security"), securitySettings(db())]);
  return (
    <section aria-labelledby="security-settings-title" className="stack">
      <h1 id="security-settings-title">{t("settingsTitle")}</h1>
      <p className="lede">{t("settingsIntro")}</p>
      <SecuritySettingsForm initial={initial} />
    </section>
  );
}
