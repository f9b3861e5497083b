import type { Messages } from "./catalog";
import { ZOD_MESSAGE_KEYS } from "@/lib/validation/zod-message-keys";

/**
 * The namespaces that client components read with `useTranslations`. Only these ever reach the
 * browser, and each only on the pages that need it: the root layout sends ROOT_NAMESPACES (the error
 * boundary, app/(site)/error.tsx), and a page with a translated client form wraps it in
 * <ClientMessages namespaces={["login"]}> (components/client-messages.tsx). A new client component
 * that translates text adds its namespace here.
 */
export const CLIENT_NAMESPACES = ["errors", "login", "calendar", "clock", "composition", "newResolution", "security", "reportPages", "secretariatQueue", "outboxActions", "editor", "status", "passkeys", "replyForm", "reply", "validation", "admin", "review", "reviewAssign", "dialog"] as const;
export type ClientNamespace = (typeof CLIENT_NAMESPACES)[number];
/**
 * What a provider sends: whole namespaces ("replyForm"), or single messages ("replyForm.bulkTitle") for a
 * small client component that reads a few messages of a large namespace.
 */
export type ClientMessagePick = ClientNamespace | `${ClientNamespace}.${string}`;

/**
 * What every page sends: the messages of the error boundary (app/(site)/error.tsx), and the dialogs'
 * "Cancel" (components/ui/confirm-dialog.tsx).
 */
export const ROOT_NAMESPACES: readonly ClientMessagePick[] = ["errors.errorTitle", "errors.error", "errors.reference", "errors.retry", "errors.back", "dialog"];
/**
 * The messages of the forms' own checks (lib/validation, keys shown by FieldError). Only a page with a
 * client form needs them, and such a page has its own provider: it gets them with its namespaces.
 */
const FORM_NAMESPACES: readonly ClientNamespace[] = ["validation"];

// Catalogs are cached per process (i18n/catalog.ts), so each pick is computed once.
const picked = new WeakMap<Messages, Map<string, Messages>>();

export function pickMessages(messages: Messages, picks: readonly ClientMessagePick[]): Messages {
  let byKey = picked.get(messages);
  if (!byKey) picked.set(messages, (byKey = new Map()));
  const key = picks.join(",");
  let out = byKey.get(key);
  if (!out) {
    out = {};
    for (const pick of picks) {
      const dot = pick.indexOf(".");
      const ns = dot < 0 ? pick : pick.slice(0, dot);
      const namespace = messages[ns] as Messages | undefined;
      if (!namespace) continue;
      if (dot < 0) out[ns] = namespace;
      else if (out[ns] !== namespace && pick.slice(dot + 1) in namespace) {
        const name = pick.slice(dot + 1);
        out[ns] = { ...(out[ns] as Messages | undefined), [name]: namespace[name]! };
      }
    }
    byKey.set(key, out);
  }
  return out;
}

/**
 * The forms' checks a provider sends: all of them (`true`), none (`false`: no field is checked in the
 * browser), or the checks of the page's own schemas (`["validation.replyText", ...]`) with zod's own
 * messages (ZOD_MESSAGE_KEYS), which any check that names no message of its own may give.
 */
export type FormChecks = boolean | readonly `validation.${string}`[];

/**
 * What a page's own provider sends: its picks, the forms' messages (see FormChecks), and the root ones
 * again, since a nested NextIntlClientProvider replaces its parent's messages rather than adding to them.
 */
export function pageNamespaces(picks: readonly ClientMessagePick[], { forms = true }: { forms?: FormChecks } = {}): ClientMessagePick[] {
  const checks = forms === true ? FORM_NAMESPACES : forms === false ? [] : [...ZOD_MESSAGE_KEYS, ...forms];
  return [...new Set([...ROOT_NAMESPACES, ...checks, ...picks])];
}
