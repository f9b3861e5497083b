import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ResetPasswordForm } from "@/components/admin/reset-password-form";
import { ClientMessages } from "@/components/client-messages";
import { RESET_PASSWORD_CHECKS } from "@/lib/validation/admin";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("resetTitle"), referrer: "no-referrer" };
}

export default async function ResetPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("admin");
  return (
    <section aria-labelledby="reset-title">
      <h1 id="reset-title">{t("resetTitle")}</h1>
      <p className="lede">{t("resetLede")}</p>
      <ClientMessages namespaces={["admin"]} forms={RESET_PASSWORD_CHECKS}>
        <ResetPasswordForm token={token} />
      </ClientMessages>
    </section>
  );
}
