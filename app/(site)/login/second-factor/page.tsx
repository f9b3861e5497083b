import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PasskeySignIn } from "@/components/security/passkey-sign-in";
import { SecondFactorForm } from "@/components/security/second-factor-form";
import { TotpEnrolment } from "@/components/security/totp-enrolment";
import { db } from "@/db/client";
import { currentSession } from "@/lib/auth/guards";
import { secondFactorMethods } from "@/lib/auth/queries";
import { safeReturnPath } from "@/lib/safe-redirect";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("security"))("verifyTitle") };
}

export default async function SecondFactorPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  const target = safeReturnPath(typeof next === "string" ? next : null, "/home");
  const session = await currentSession();
  if (!session) redirect(`/login?next=${encodeURIComponent(target)}`);
  if (session.complete) redirect(target);
  const [t, tp, methods] = await Promise.all([getTranslations("security"), getTranslations("passkeys"), session.secondFactorEnrolled ? secondFactorMethods(db(), session.user.id) : { totp: false, passkeys: 0 }]);
  return (
    <section aria-labelledby="second-factor-title">
      <h1 id="second-factor-title">{session.secondFactorEnrolled ? t("verifyTitle") : t("enrolTitle")}</h1>
      {session.secondFactorEnrolled ? (
        <>
          {methods.passkeys > 0 && (
            <>
              <PasskeySignIn next={target} />
              <h2>{methods.totp ? tp("orCode") : tp("orRecoveryCode")}</h2>
            </>
          )}
          <p className="lede">{methods.totp || methods.passkeys === 0 ? t("verifyIntro") : tp("recoveryCodeIntro")}</p>
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
