import type { Messages } from "./catalog";

/**
 * The namespaces that client components read with `useTranslations` (app/error.tsx, forms). Only
 * these are sent to the browser, on every page; the rest of the catalog stays on the server. A new
 * client component that translates text adds its namespace here.
 */
export const CLIENT_NAMESPACES = ["errors", "login", "calendar", "clock", "composition", "newResolution"] as const;

const picked = new WeakMap<Messages, Messages>();

/** The client part of a locale's catalog; computed once per catalog (the catalog is cached per process). */
export function clientMessages(messages: Messages): Messages {
  let out = picked.get(messages);
  if (!out) {
    out = Object.fromEntries(CLIENT_NAMESPACES.filter((ns) => ns in messages).map((ns) => [ns, messages[ns]!]));
    picked.set(messages, out);
  }
  return out;
}
