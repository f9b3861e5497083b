import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "@/i18n/catalog";
import { CLIENT_NAMESPACES, pageNamespaces, pickMessages, ROOT_NAMESPACES } from "@/i18n/client-messages";

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
    expect(Object.keys(root)).toEqual(["errors"]);
    expect(pickMessages(catalog, ["login"])).toEqual({ login: catalog.login });
    expect(pickMessages(catalog, ["login"])).toBe(pickMessages(catalog, ["login"]));
  });

  it("sends the root namespaces again with a page's own (a nested provider replaces its parent's messages), and the forms' checks", () => {
    expect(pageNamespaces(["login"])).toEqual([...ROOT_NAMESPACES, "validation", "login"]);
    expect(pageNamespaces(["validation", "editor"])).toEqual([...ROOT_NAMESPACES, "validation", "editor"]);
  });
});
