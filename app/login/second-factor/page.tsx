import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SecondFactorForm } from "@/components/security/second-factor-form";
import { TotpEnrolment } from "@/components/security/totp-enrolment";
import { currentSession } from "@/lib/auth/guards";
import { safeReturnPath } from "@/lib/safe-redirect";

export const metadata: Metadata = { title: "Second factor" };

export default async function SecondFactorPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  const target = safeReturnPath(typeof next === "string" ? next : null, "/home");
  const session = await currentSession();
  if (!session) redirect(`/login?next=${encodeURIComponent(target)}`);
  if (session.complete) redirect(target);
  const t = await getTranslations("security");
  return (
    <section aria-labelledby="second-factor-title">
      <h1 id="second-factor-title">{session.secondFactorEnrolled ? t("verifyTitle") : t("enrolTitle")}</h1>
      {session.secondFactorEnrolled ? (
        <>
          <p className="lede">{t("verifyIntro")}</p>
          <SecondFactorForm next={target} />
        </>
      ) : (
        <>
          <p className="lede">{t("enrolRequired")}</p>
          <TotpEnrolment next={target} />
        </>
      )}
    </section>
  );
}
