/**
 * Where to send a user after signing in: only a path on this site, rebuilt from its path and
 * query, so "//evil.example" or "https://evil.example" can never be a target.
 */
export function safeReturnPath(target: string | null | undefined, fallback = "/"): string {
  if (!target || !target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")) return fallback;
  try {
    const url = new URL(target, "http://local.invalid");
    if (url.origin !== "http://local.invalid") return fallback;
    return `${url.pathname}${url.search}`;
  } catch {
    return fallback;
  }
}
