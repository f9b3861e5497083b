import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

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
