import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { SignInForm } from "@/components/sign-in-form";
import { currentUser } from "@/lib/auth/guards";
import { SIGN_IN_CHECKS } from "@/lib/validation/auth";
import { safeReturnPath } from "@/lib/safe-redirect";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("signInTitle") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  const target = safeReturnPath(typeof next === "string" ? next : null, "/home");
  if (await currentUser()) redirect(target);
  const t = await getTranslations("login");
  return (
    <section aria-labelledby="login-title">
      <h1 id="login-title">{t("title")}</h1>
      <p className="lede">{t("intro")}</p>
      <ClientMessages namespaces={["login"]} forms={SIGN_IN_CHECKS}><SignInForm next={target} /></ClientMessages>
    </section>
  );
}
