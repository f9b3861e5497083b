import ar from "@/messages/ar/unavailable.json";
import en from "@/messages/en/unavailable.json";
import es from "@/messages/es/unavailable.json";
import fr from "@/messages/fr/unavailable.json";
import ru from "@/messages/ru/unavailable.json";
import zh from "@/messages/zh/unavailable.json";
import { LOCALE_INFO, type Locale } from "@/lib/i18n/locales";

const TEXTS: Record<Locale, typeof en> = { ar, zh, en, fr, ru, es };
export const RETRY_AFTER_SECONDS = 5;

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

/**
 * The page a person gets while the database is away: small, self-contained (no script, its styles
 * inline), in their language, and reloading itself after Retry-After.
 */
export function unavailablePage(locale: Locale): string {
  const t = TEXTS[locale];
  const info = LOCALE_INFO[locale];
  return `<!doctype html>
<html lang="${info.bcp47}" dir="${info.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS}">
<title>${escape(t.title)}</title>
<style>body{font:1rem/1.5 system-ui,sans-serif;color:#1a1a1a;background:#fff;margin:0;padding:2rem 1rem}main{max-width:40rem;margin:0 auto;border-inline-start:4px solid #005b96;padding-inline-start:1rem}a{color:#004a7c}</style>
</head>
<body>
<main>
<h1>${escape(t.title)}</h1>
<p>${escape(t.body)}</p>
<p><a href="">${escape(t.retry)}</a></p>
</main>
</body>
</html>`;
}
