import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import compile from "icu-minify/compile";
import formatMessage from "use-intl/format-message";

export type Messages = { [key: string]: string | Messages };

/**
 * A locale's catalog is one JSON file per namespace (messages/<locale>/<namespace>.json), so that
 * work on different parts of the app touches different files. Read once per process and locale:
 * the catalog is the same for every user.
 */
const cache = new Map<string, Messages>();

export function loadCatalog(locale: string, dir = path.join(process.cwd(), "messages")): Messages {
  const key = `${dir}\0${locale}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const folder = path.join(dir, locale);
  const messages: Messages = {};
  for (const file of readdirSync(folder).filter((f) => f.endsWith(".json")).sort()) {
    messages[file.slice(0, -".json".length)] = JSON.parse(readFileSync(path.join(folder, file), "utf8")) as Messages;
  }
  cache.set(key, messages);
  return messages;
}

/** A catalog whose messages are ICU MessageFormat parsed once (icu-minify's compact form), as use-intl's format-only formatter takes them. */
export type CompiledMessages = { [key: string]: unknown };

/** `messages` with each message parsed once: plain objects only (a client component receives them), same shape. */
export function compileCatalog(messages: Messages): CompiledMessages {
  const walk = (node: string | Messages): unknown =>
    typeof node === "string" ? compile(node) : Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
  // icu-minify's choices are null-prototype objects, which React does not send to the browser.
  return JSON.parse(JSON.stringify(walk(messages))) as CompiledMessages;
}

/**
 * Whether this bundle formats precompiled messages. The app's build points `use-intl/format-message`
 * at use-intl's format-only formatter (next.config.mjs), which takes messages parsed once per process
 * instead of parsing them again on every request; tests and scripts run outside that build get the
 * full ICU parser, which takes the catalog's text. use-intl marks which one it is.
 */
export const formatsPrecompiled = (formatMessage as { raw?: boolean }).raw === false;

const compiled = new Map<string, CompiledMessages>();

/** The catalog as this bundle's translators take it: parsed once per process in the app's build, the text elsewhere. */
export function loadAppCatalog(locale: string): Messages {
  if (!formatsPrecompiled) return loadCatalog(locale);
  let out = compiled.get(locale);
  if (!out) compiled.set(locale, (out = compileCatalog(loadCatalog(locale))));
  return out as Messages;
}
