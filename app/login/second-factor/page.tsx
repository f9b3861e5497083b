import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PasskeySignIn } from "@/components/security/passkey-sign-in";
import { SecondFactorForm } from "@/components/security/second-factor-form";
import { TotpEnrolment } from "@/components/security/totp-enrolment";
import { db } from "@/db/client";
import { currentSession } from "@/lib/auth/guards";
import { countPasskeys } from "@/lib/auth/queries";
import { safeReturnPath } from "@/lib/safe-redirect";

export const metadata: Metadata = { title: "Second factor" };

export default async function SecondFactorPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  const target = safeReturnPath(typeof next === "string" ? next : null, "/home");
  const session = await currentSession();
  if (!session) redirect(`/login?next=${encodeURIComponent(target)}`);
  if (session.complete) redirect(target);
  const [t, tp, passkeyCount] = await Promise.all([getTranslations("security"), getTranslations("passkeys"), session.secondFactorEnrolled ? countPasskeys(db(), session.user.id) : 0]);
  return (
    <section aria-labelledby="second-factor-title">
      <h1 id="second-factor-title">{session.secondFactorEnrolled ? t("verifyTitle") : t("enrolTitle")}</h1>
      {session.secondFactorEnrolled ? (
        <>
          {passkeyCount > 0 && (
            <>
              <PasskeySignIn next={target} />
              <h2>{tp("orCode")}</h2>
            </>
          )}
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
