import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/actions/auth";
import { LanguageSwitcher } from "@/components/language-switcher";
import { currentUser } from "@/lib/auth/guards";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { isSecretariat } from "@/lib/permissions";

export async function SiteHeader() {
  const [user, t, tl, locale] = await Promise.all([currentUser(), getTranslations("site"), getTranslations(), getLocale()]);
  // The sentence around the name, so that the name alone can be marked (e.g. "Connecté(e) en tant que ‹name›").
  const signedInAs = t("nav.signedInAs", { name: "\u0000" }).split("\u0000");
  const links = [
    { href: "/", label: t("nav.home") },
    { href: "/published", label: t("nav.published") },
    { href: "/timeline", label: tl("timeline.nav") },
    { href: "/expert-group", label: tl("expertGroup.nav") },
    ...(user?.memberState ? [{ href: `/states/${user.memberState.iso3}`, label: t("nav.myState") }] : []),
    ...(user && isSecretariat(user) ? [{ href: "/secretariat", label: t("nav.secretariat") }] : []),
  ];
  return (
    <header className="site-header">
      <div className="inner">
        <Link className="brand" href="/">
          {t("name")}
        </Link>
        <LanguageSwitcher current={isLocale(locale) ? locale : DEFAULT_LOCALE} signedIn={user !== null} label={t("language")} />
        <nav className="site-nav" aria-label={t("nav.label")}>
          <ul>
            {links.map(({ href, label }) => (
              <li key={href}>
                <Link href={href}>{label}</Link>
              </li>
            ))}
            {user ? (
              <>
                {user.isFocalPoint && (
                  <li>
                    <Link href="/mission/officers">{tl("security.officersNav")}</Link>
                  </li>
                )}
                <li>
                  <Link href="/account/security">{tl("security.securityLink")}</Link>
                </li>
                <li>
                  <span>
                    {/* The person's name (and Mission) is theirs as written: kept out of machine translation. */}
                    {signedInAs[0]}
                    <span translate="no">{user.name}</span>
                    {signedInAs[1]}
                  </span>
                </li>
                <li>
                  <form action={signOutAction}>
                    <button type="submit" className="link">
                      {t("nav.signOut")}
                    </button>
                  </form>
                </li>
              </>
            ) : (
              <li>
                <Link href="/login">{t("nav.signIn")}</Link>
              </li>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}
