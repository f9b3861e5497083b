import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { ResolutionForm } from "@/components/admin/resolution-form";
import { db } from "@/db/client";
import { listResolutions } from "@/lib/resolutions/queries";
import { requirePageRole } from "@/lib/auth/guards";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("addResolution") };
}

export default async function NewResolutionPage() {
  await requirePageRole("/admin/resolutions/new", "admin");
  const [t, previous] = await Promise.all([getTranslations("newResolution"), listResolutions(db())]);
  return (
    <section aria-labelledby="new-resolution-title">
      <h1 id="new-resolution-title">{t("title")}</h1>
      <p className="lede">{t("lede")}</p>
      <ClientMessages namespaces={["newResolution"]}><ResolutionForm previous={previous.map((r) => ({ symbol: r.symbol, number: r.number }))} /></ClientMessages>
    </section>
  );
}
