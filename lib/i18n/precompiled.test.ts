import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { _createCache, _createIntlFormatters } from "use-intl/core";
import formatParsed from "use-intl/format-message";
import formatCompiled from "use-intl/format-message/format-only";
import { describe, expect, it } from "vitest";
import { compileCatalog, formatsPrecompiled, loadCatalog, type Messages } from "@/i18n/catalog";
import { LOCALES, LOCALE_INFO } from "./locales";

/**
 * The app's build formats messages parsed once per process (next.config.mjs, i18n/catalog.ts): every
 * message of every catalog must read the same that way as through the ICU parser, whatever its values.
 */
type Values = Record<string, unknown>;

/** Several sets of values for a message: each plural and select takes its forms in turn. */
function valueSets(elements: MessageFormatElement[]): Values[] {
  const choices = new Map<string, unknown[]>();
  const walk = (els: MessageFormatElement[]) => {
    for (const el of els) {
      if (el.type === TYPE.argument) choices.set(el.value, choices.get(el.value) ?? ["Côte d'Ivoire"]);
      else if (el.type === TYPE.number) choices.set(el.value, [1234.5, 0, 2]);
      else if (el.type === TYPE.date || el.type === TYPE.time) choices.set(el.value, [new Date("2010-05-31T16:00:00Z")]);
      else if (el.type === TYPE.plural) choices.set(el.value, [0, 1, 2, 3, 5, 11, 21, 101]);
      else if (el.type === TYPE.select) choices.set(el.value, [...Object.keys(el.options), "none-of-these"]);
      else if (el.type === TYPE.tag) choices.set(el.value, [(chunks: unknown[]) => `<${el.value}>${chunks.join("")}</${el.value}>`]);
      if (el.type === TYPE.plural || el.type === TYPE.select) for (const option of Object.values(el.options)) walk(option.value);
      if (el.type === TYPE.tag) walk(el.children);
    }
  };
  walk(elements);
  const rounds = Math.max(1, ...[...choices.values()].map((c) => c.length));
  return Array.from({ length: rounds }, (_, i) => Object.fromEntries([...choices].map(([name, c]) => [name, c[i % c.length]])));
}

function leaves(tree: Messages, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [[prefix + k, v] as [string, string]] : leaves(v, `${prefix}${k}.`)));
}

function at(tree: unknown, key: string): unknown {
  return key.split(".").reduce((node, part) => (node as Record<string, unknown>)[part], tree);
}

describe("messages parsed once per process", () => {
  it("are not what tests format with: the full ICU parser runs here, the format-only formatter in the app's build", () => {
    expect(formatsPrecompiled).toBe(false);
    expect((formatCompiled as { raw?: boolean }).raw).toBe(false);
  });

  for (const locale of LOCALES) {
    it(`read the same as parsed on every use, in ${locale}`, () => {
      const messages = loadCatalog(locale);
      const compiled = compileCatalog(messages);
      const tag = LOCALE_INFO[locale].intlTag;
      const formatters = _createIntlFormatters(_createCache());
      const config = { cache: _createCache(), formatters, locale: tag, timeZone: "America/New_York", formats: undefined, globalFormats: undefined };
      let checked = 0;
      for (const [key, text] of leaves(messages)) {
        for (const values of valueSets(parse(text))) {
          const parsed = formatParsed(key, text, values as never, config as never);
          const once = formatCompiled(key, at(compiled, key) as never, values as never, config as never);
          expect(String(once), `${locale} ${key} ${JSON.stringify(values)}`).toBe(String(parsed));
          checked += 1;
        }
      }
      expect(checked).toBeGreaterThan(1000);
    });
  }
});
