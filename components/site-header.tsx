import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/actions/auth";
import { currentUser } from "@/lib/auth/guards";
import { isSecretariat } from "@/lib/permissions";

export async function SiteHeader() {
  const [user, t, tl] = await Promise.all([currentUser(), getTranslations("site"), getTranslations()]);
  return (
    <header className="site-header">
      <div className="inner">
        <Link className="brand" href="/">
          {t("name")}
        </Link>
        <nav className="site-nav" aria-label="Main">
          <ul>
            <li>
              <Link href="/">{t("nav.home")}</Link>
            </li>
            <li>
              <Link href="/published">{t("nav.published")}</Link>
            </li>
            <li>
              <Link href="/timeline">{tl("timeline.nav")}</Link>
            </li>
            <li>
              <Link href="/expert-group">{tl("expertGroup.nav")}</Link>
            </li>
            {user?.memberState && (
              <li>
                <Link href={`/states/${user.memberState.iso3}`}>{t("nav.myState")}</Link>
              </li>
            )}
            {user && isSecretariat(user) && (
              <li>
                <Link href="/secretariat">{t("nav.secretariat")}</Link>
              </li>
            )}
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
