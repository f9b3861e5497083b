import "server-only";
import type { RootTranslator } from "./message-key";
import { requestLocale } from "./request-locale";
import { translatorFor } from "./translator";

export { translatorFor } from "./translator";

/** A translator in the current request's language (the reader's). */
export async function requestTranslator(): Promise<RootTranslator> {
  return translatorFor(await requestLocale());
}
