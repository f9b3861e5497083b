import { passSecondFactor, serverActionId } from "../second-factor";
import { DEMO_PASSWORD, root } from "./config";
import { BenchError } from "./options";

// Sign-in (next-auth credentials flow over HTTP)

class CookieJar {
  private readonly cookies = new Map<string, string>();
  store(res: Response): void {
    for (const header of res.headers.getSetCookie()) {
      const [pair] = header.split(";");
      const eq = pair!.indexOf("=");
      if (eq <= 0) continue;
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      const expired = /;\s*max-age=0/i.test(header) || /;\s*expires=Thu, 01 Jan 1970/i.test(header);
      if (expired || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  has(name: string): boolean {
    return [...this.cookies.keys()].some((k) => k === name || k.startsWith(`${name}.`));
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

export async function signIn(baseUrl: string, account: { email: string; home: string; marker: string; secondFactor?: boolean }): Promise<string> {
  const jar = new CookieJar();
  const csrfRes = await fetch(`${baseUrl}/api/auth/csrf`);
  if (!csrfRes.ok) throw new BenchError(`GET /api/auth/csrf answered ${csrfRes.status}`);
  jar.store(csrfRes);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken?: string };
  if (!csrfToken) throw new BenchError("GET /api/auth/csrf returned no csrfToken");

  const login = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ csrfToken, email: account.email, password: DEMO_PASSWORD, callbackUrl: `${baseUrl}/home` }),
  });
  await login.arrayBuffer();
  jar.store(login);
  if (!jar.has("authjs.session-token")) {
    throw new BenchError(
      `sign-in as ${account.email} failed: POST /api/auth/callback/credentials answered ${login.status} ` +
        `(location ${login.headers.get("location") ?? "none"}) without an authjs.session-token cookie`,
    );
  }
  const cookie = jar.header();
  if (account.secondFactor && !(await passSecondFactor(baseUrl, cookie, serverActionId(root, "app/actions/security.ts", "verifySecondFactorAction")))) {
    throw new BenchError(`signed in as ${account.email}, but the second factor's code was refused`);
  }

  // /home sends each role to its own home; that page must render for this user.
  const home = await fetch(`${baseUrl}/home`, { redirect: "manual", headers: { cookie } });
  await home.arrayBuffer();
  const location = home.headers.get("location") ?? "";
  if (home.status < 300 || home.status >= 400 || new URL(location, baseUrl).pathname !== account.home) {
    throw new BenchError(`signed in as ${account.email}, but /home answered ${home.status} → ${location || "no redirect"} instead of ${account.home}`);
  }
  const page = await fetch(`${baseUrl}${account.home}`, { redirect: "manual", headers: { cookie } });
  const html = await page.text();
  if (page.status !== 200 || !html.includes(account.marker)) {
    throw new BenchError(`signed in as ${account.email}, but ${account.home} answered ${page.status}${page.status === 200 ? ` without "${account.marker}"` : ""}`);
  }
  return cookie;
}
