import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "@/i18n/catalog";
import { CLIENT_NAMESPACES, pageNamespaces, pickMessages, ROOT_NAMESPACES } from "@/i18n/client-messages";
import { BULK_SUBMIT_MESSAGES } from "@/components/bulk-submit-messages";
import { REPLY_FORM_CHECKS } from "@/lib/validation/submission";
import { ZOD_MESSAGE_KEYS } from "@/lib/validation/zod-message-keys";

/** Every namespace a client component translates with must reach the browser. */
function clientNamespacesInSource(dir: string, found = new Set<string>()): Set<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) clientNamespacesInSource(file, found);
    else if (/\.tsx?$/.test(entry.name)) {
      const text = readFileSync(file, "utf8");
      if (!text.startsWith('"use client"') && !text.startsWith("'use client'")) continue;
      for (const m of text.matchAll(/useTranslations\(\s*"([^".]+)/g)) found.add(m[1]!);
      if (/useTranslations\(\s*\)/.test(text)) found.add("*");
    }
  }
  return found;
}

describe("client messages", () => {
  it("lists every namespace that client components use; the root sends only the error boundary's messages", () => {
    const used = new Set([...clientNamespacesInSource("app"), ...clientNamespacesInSource("components")]);
    expect(used.has("*")).toBe(false);
    for (const ns of used) expect(CLIENT_NAMESPACES).toContain(ns);
    const catalog = loadCatalog("en");
    for (const ns of CLIENT_NAMESPACES) expect(catalog, ns).toHaveProperty(ns);
    const root = pickMessages(catalog, ROOT_NAMESPACES);
    expect(Object.keys(root)).toEqual(["errors", "dialog"]);
    expect(pickMessages(catalog, ["login"])).toEqual({ login: catalog.login });
    expect(pickMessages(catalog, ["login"])).toBe(pickMessages(catalog, ["login"]));
  });

  it("sends the root namespaces again with a page's own (a nested provider replaces its parent's messages), and the forms' checks", () => {
    expect(pageNamespaces(["login"])).toEqual([...ROOT_NAMESPACES, "validation", "login"]);
    expect(pageNamespaces(["validation", "editor"])).toEqual([...ROOT_NAMESPACES, "validation", "editor"]);
    // Only a page's own checks, with zod's: the editor's page sends 16 of the catalog's checks, not all.
    const own = pageNamespaces(["editor"], { forms: REPLY_FORM_CHECKS });
    expect(own).toEqual([...ROOT_NAMESPACES, ...ZOD_MESSAGE_KEYS, ...REPLY_FORM_CHECKS, "editor"]);
    const catalog = loadCatalog("ru");
    const validation = pickMessages(catalog, own).validation as Record<string, string>;
    expect(Object.keys(validation).sort()).toEqual([...ZOD_MESSAGE_KEYS, ...REPLY_FORM_CHECKS].map((k) => k.slice("validation.".length)).sort());
    expect(Object.keys(catalog.validation as object).length).toBeGreaterThan(Object.keys(validation).length * 4);
  });

  it("sends no form checks only where no client component below checks a field in the browser", () => {
    // A provider with forms={false}: in a layout, every page under it; in a page, that page.
    const providers = sourceFiles("app").filter((f) => readFileSync(f, "utf8").includes("forms={false}"));
    expect(providers.length).toBeGreaterThanOrEqual(4);
    for (const provider of providers) {
      const rendered = wrappedBy(provider);
      expect(rendered.length, provider).toBeGreaterThan(0);
      for (const file of rendered) {
        expect(checksInBrowser(readFileSync(file, "utf8")), `${file} (under ${provider})`).toBe(false);
      }
    }
  });

  it("picks single messages of a namespace, and a whole namespace wins over its single messages", () => {
    const catalog = loadCatalog("fr");
    const replyForm = catalog.replyForm as Record<string, string>;
    expect(pickMessages(catalog, ["replyForm.bulkTitle", "reply.nilReply"])).toEqual({ replyForm: { bulkTitle: replyForm.bulkTitle }, reply: { nilReply: (catalog.reply as Record<string, string>).nilReply } });
    expect(pickMessages(catalog, ["replyForm", "replyForm.bulkTitle"])).toEqual({ replyForm });
    expect(pickMessages(catalog, ["replyForm.noSuchMessage"])).toEqual({});
    expect(pageNamespaces(["replyForm.bulkTitle"], { forms: false })).toEqual([...ROOT_NAMESPACES, "replyForm.bulkTitle"]);
  });

  it("sends the bulk submission and the error boundary every message they read, each in the catalog", () => {
    const catalog = loadCatalog("en");
    const cases: [string, readonly string[]][] = [
      ["components/bulk-submit.tsx", BULK_SUBMIT_MESSAGES],
      ["app/(site)/error.tsx", ROOT_NAMESPACES.filter((pick) => pick.startsWith("errors."))],
    ];
    for (const [file, picks] of cases) {
      expect([...messagesRead(file)].sort(), file).toEqual([...picks].sort());
      for (const pick of picks) {
        const [ns, key] = pick.split(".");
        expect(catalog[ns!], pick).toHaveProperty(key!);
      }
    }
  });
});

/**
 * The component files a `forms={false}` provider wraps: in a layout, all that the pages under it import from
 * components/; in a page, those named inside that provider's element. Each followed one level into its relative imports.
 */
function wrappedBy(provider: string): string[] {
  const resolve = (base: string) => [`${base}.tsx`, `${base}.ts`, path.join(base, "index.ts")].find((f) => existsSync(f));
  const imports = (source: string) =>
    new Map([...source.matchAll(/import (?:(\w+)|\{([^}]*)\}) from "@\/components\/([^"]+)"/g)].flatMap((m) => (m[1] ?? m[2]!).split(",").map((n) => [n.trim(), m[3]!] as const)));
  const targets: string[] = [];
  if (path.basename(provider).startsWith("layout.")) {
    for (const file of sourceFiles(path.dirname(provider))) for (const target of imports(readFileSync(file, "utf8")).values()) targets.push(target);
  } else {
    const source = readFileSync(provider, "utf8");
    const named = imports(source);
    for (const m of source.matchAll(/forms=\{false\}>([\s\S]*?)<\/ClientMessages>/g)) {
      for (const tag of m[1]!.matchAll(/<([A-Z]\w*)/g)) if (named.has(tag[1]!)) targets.push(named.get(tag[1]!)!);
    }
  }
  const found = new Set<string>();
  for (const target of targets) {
    const file = resolve(path.join("components", target));
    if (!file) continue;
    found.add(file);
    for (const r of readFileSync(file, "utf8").matchAll(/from "(\.{1,2}\/[^"]+)"/g)) {
      const nested = resolve(path.join(path.dirname(file), r[1]!));
      if (nested) found.add(nested);
    }
  }
  return [...found];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : []));
}

/** A module that checks fields in the browser: it imports zod, a form resolver or a schema (…Schema, …Input) from lib/validation, or reads the checks' messages itself. */
function checksInBrowser(source: string): boolean {
  if (/from "(?:zod(?:\/[^"]*)?|@hookform\/resolvers[^"]*)"|useTranslations\("validation/.test(source)) return true;
  for (const m of source.matchAll(/import (type )?\{([^}]*)\} from "@\/lib\/validation[^"]*"/g)) {
    if (m[1]) continue;
    if (m[2]!.split(",").some((name) => /^(?!type )\w*(?:Schema|Input)$/.test(name.trim()))) return true;
  }
  return false;
}


/** "namespace.key" for every `t("key")` of a component, where `const t = useTranslations("namespace")`. */
function messagesRead(file: string): Set<string> {
  const source = readFileSync(file, "utf8");
  const namespaceOf = new Map([...source.matchAll(/const (\w+) = useTranslations\("(\w+)"\)/g)].map((m) => [m[1]!, m[2]!]));
  expect(namespaceOf.size, file).toBeGreaterThan(0);
  const read = new Set<string>();
  for (const [name, ns] of namespaceOf) for (const m of source.matchAll(new RegExp(`\\b${name}\\("(\\w+)"`, "g"))) read.add(`${ns}.${m[1]}`);
  return read;
}
