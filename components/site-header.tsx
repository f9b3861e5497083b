import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/actions/auth";
import { currentUser } from "@/lib/auth/guards";
import { isSecretariat } from "@/lib/permissions";

export async function SiteHeader() {
  const [user, t, tl] = await Promise.all([currentUser(), getTranslations("site"), getTranslations()]);
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
        <nav className="site-nav" aria-label="Main">
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
                  <span>{t("nav.signedInAs", { name: user.memberState ? `${user.name}` : user.name })}</span>
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
