import type { Messages } from "./catalog";

/**
 * The namespaces that client components read with `useTranslations`. Only these ever reach the
 * browser, and each only on the pages that need it: the root layout sends ROOT_NAMESPACES (the error
 * boundary, app/error.tsx), and a page with a translated client form wraps it in
 * <ClientMessages namespaces={["login"]}> (components/client-messages.tsx). A new client component
 * that translates text adds its namespace here.
 */
export const CLIENT_NAMESPACES = ["errors", "login", "calendar", "clock", "composition", "newResolution", "security", "reportPages", "secretariatQueue", "outboxActions", "editor", "status", "passkeys", "replyForm", "reply", "validation", "admin", "review", "reviewAssign"] as const;
export type ClientNamespace = (typeof CLIENT_NAMESPACES)[number];
export const ROOT_NAMESPACES: readonly ClientNamespace[] = ["errors"];
/**
 * The messages of the forms' own checks (lib/validation, keys shown by FieldError). Only a page with a
 * client form needs them, and such a page has its own provider: it gets them with its namespaces.
 */
const FORM_NAMESPACES: readonly ClientNamespace[] = ["validation"];

// Catalogs are cached per process (i18n/catalog.ts), so each pick is computed once.
const picked = new WeakMap<Messages, Map<string, Messages>>();

export function pickMessages(messages: Messages, namespaces: readonly ClientNamespace[]): Messages {
  let byKey = picked.get(messages);
  if (!byKey) picked.set(messages, (byKey = new Map()));
  const key = namespaces.join(",");
  let out = byKey.get(key);
  if (!out) {
    out = Object.fromEntries(namespaces.filter((ns) => ns in messages).map((ns) => [ns, messages[ns]!]));
    byKey.set(key, out);
  }
  return out;
}

/**
 * What a page's own provider sends: its namespaces, the forms' messages, and the root ones again, since
 * a nested NextIntlClientProvider replaces its parent's messages rather than adding to them.
 */
export function pageNamespaces(namespaces: readonly ClientNamespace[]): ClientNamespace[] {
  return [...new Set([...ROOT_NAMESPACES, ...FORM_NAMESPACES, ...namespaces])];
}
