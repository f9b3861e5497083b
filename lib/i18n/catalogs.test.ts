import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { createTranslator } from "use-intl";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "@/i18n/catalog";
import { LOCALES, LOCALE_INFO, type Locale } from "./locales";

type Tree = { [key: string]: string | Tree };
const dir = fileURLToPath(new URL("../../messages/", import.meta.url));
const load = (name: string): unknown => JSON.parse(readFileSync(`${dir}${name}.json`, "utf8"));
const catalogs = Object.fromEntries(LOCALES.map((l) => [l, loadCatalog(l, dir) as Tree])) as Record<Locale, Tree>;
const en = catalogs.en;

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.set(path, v);
    else for (const [p, s] of flatten(v, path)) out.set(p, s);
  }
  return out;
}

type ArgKind = "plural" | "selectordinal" | "select" | "number" | "date" | "time" | "string" | "tag";
interface Arg { name: string; kind: ArgKind; options?: string[] }

function args(elements: MessageFormatElement[], into: Arg[] = []): Arg[] {
  for (const el of elements) {
    switch (el.type) {
      case TYPE.argument: into.push({ name: el.value, kind: "string" }); break;
      case TYPE.number: into.push({ name: el.value, kind: "number" }); break;
      case TYPE.date: into.push({ name: el.value, kind: "date" }); break;
      case TYPE.time: into.push({ name: el.value, kind: "time" }); break;
      case TYPE.select:
        into.push({ name: el.value, kind: "select", options: Object.keys(el.options) });
        for (const o of Object.values(el.options)) args(o.value, into);
        break;
      case TYPE.plural:
        into.push({ name: el.value, kind: el.pluralType === "ordinal" ? "selectordinal" : "plural", options: Object.keys(el.options) });
        for (const o of Object.values(el.options)) args(o.value, into);
        break;
      case TYPE.tag: into.push({ name: el.value, kind: "tag" }); args(el.children, into); break;
      default: break;
    }
  }
  return into;
}

/**
 * The argument names of a message. A translation may turn a plain argument into a plural (Arabic and Russian
 * need one where English says "{left} days"), but a count that English pluralises must stay a plural.
 */
const argNames = (message: string) => [...new Set(args(parse(message)).map((a) => a.name))].sort();
const countNames = (message: string) =>
  [...new Set(args(parse(message)).filter((a) => a.kind === "plural" || a.kind === "selectordinal").map((a) => a.name))].sort();

const enFlat = flatten(en);
const COUNTS = [0, 1, 2, 3, 5, 11, 21, 100];

describe.each(LOCALES.filter((l) => l !== "en"))("messages/%s/", (locale) => {
  const flat = flatten(catalogs[locale]);
  const intlTag = LOCALE_INFO[locale].intlTag;

  it("has exactly the keys of en.json, in the same nesting", () => {
    expect([...flat.keys()].sort()).toEqual([...enFlat.keys()].sort());
  });

  it("has no empty or untranslated-looking message", () => {
    for (const [key, value] of flat) expect(value.trim(), key).not.toBe("");
  });

  it("uses the same ICU arguments as en.json in every message", () => {
    for (const [key, enMessage] of enFlat) {
      const message = flat.get(key);
      if (message === undefined) continue; // reported by the key test
      expect(argNames(message), key).toEqual(argNames(enMessage));
      for (const name of countNames(enMessage)) expect(countNames(message), `${key}: ${name} must stay a plural`).toContain(name);
    }
  });

  it("uses this language's CLDR plural categories in plural and selectordinal", () => {
    const cardinal = new Intl.PluralRules(intlTag).resolvedOptions().pluralCategories as string[];
    const ordinal = new Intl.PluralRules(intlTag, { type: "ordinal" }).resolvedOptions().pluralCategories as string[];
    for (const [key, message] of flat) {
      for (const a of args(parse(message))) {
        if (a.kind !== "plural" && a.kind !== "selectordinal") continue;
        const categories = a.kind === "plural" ? cardinal : ordinal;
        const keywords = a.options!.filter((o) => !o.startsWith("="));
        for (const k of keywords) expect(categories, `${key}: "${k}" is not a ${locale} ${a.kind} category`).toContain(k);
        // Every category the language has must be given, except Arabic "zero" when "=0" says it.
        const required = categories.filter((c) => !(c === "zero" && a.options!.includes("=0")));
        for (const c of required) expect(keywords, `${key}: ${a.name} lacks "${c}"`).toContain(c);
      }
    }
  });

  it("formats every message with sample values (plural counts 0, 1, 2, 3, 5, 11, 21, 100)", () => {
    const errors: string[] = [];
    const t = createTranslator({
      locale: intlTag,
      messages: catalogs[locale],
      timeZone: "America/New_York",
      onError: (e) => errors.push(e.message),
    });
    for (const [key, message] of flat) {
      const list = args(parse(message));
      const countArgs = new Set(list.filter((a) => a.kind === "plural" || a.kind === "selectordinal").map((a) => a.name));
      for (const n of countArgs.size ? COUNTS : [7]) {
        const values: Record<string, string | number | Date | ((chunks: string) => string)> = {};
        for (const a of list) {
          if (countArgs.has(a.name)) values[a.name] = n;
          else if (a.kind === "number") values[a.name] = 12;
          else if (a.kind === "date" || a.kind === "time") values[a.name] = new Date(Date.UTC(2010, 6, 1));
          else if (a.kind === "select") values[a.name] = a.options!.find((o) => o !== "other") ?? "other";
          else if (a.kind === "tag") values[a.name] = (chunks) => `[${chunks}]`;
          else values[a.name] ??= `‹${a.name}›`;
        }
        let out = "";
        // A message with markup (<name>…</name>) is formatted as the page formats it, with a function per tag.
        const markup = list.some((a) => a.kind === "tag");
        expect(() => { out = markup ? t.markup(key as never, values as never) : t(key as never, values as never); }, `${key} n=${n}`).not.toThrow();
        expect(out.trim(), `${key} n=${n}`).not.toBe("");
        expect(out, `${key} n=${n}`).not.toMatch(/[{}]/);
        if (countArgs.size) expect(out, `${key} n=${n}`).toMatch(new RegExp(`${n}|[^\\d]`));
      }
    }
    expect(errors).toEqual([]);
  });
});

describe("messages/_review.json", () => {
  it("lists only keys that exist, each with a one-line reason", () => {
    const review = load("_review") as Record<string, string[]> & { _reasons: Record<string, Record<string, string>> };
    const { _reasons: reasons, ...lists } = review;
    for (const [locale, keys] of Object.entries(lists)) {
      expect(LOCALES, locale).toContain(locale);
      for (const key of keys) {
        expect(enFlat.has(key), `${locale}: ${key}`).toBe(true);
        expect(reasons[locale]?.[key]?.trim(), `${locale}: ${key} has no reason`).toBeTruthy();
        expect(reasons[locale]![key], `${locale}: ${key}`).not.toContain("\n");
      }
    }
  });
});

describe("messages/en/", () => {
  it("parses", () => {
    for (const [key, message] of enFlat) expect(() => parse(message), key).not.toThrow();
  });
});
