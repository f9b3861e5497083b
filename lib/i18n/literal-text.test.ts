import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * No component renders English written into its code: text in JSX, the attributes people read or hear
 * (aria-label, title, placeholder, alt, label) and pages' metadata titles come from the catalogs.
 * Read with the TypeScript compiler, so comments and code are not mistaken for text.
 *
 * Files whose text is still being moved to the catalogs by the areas that own them are listed in
 * PENDING; the list only shrinks: a listed file that has become clean fails too, so that it leaves the list.
 */

const ROOT = path.resolve(__dirname, "../..");
const DIRS = ["app", "components"];

/** Words that are the same in every language: symbols, formats, proper names of tools. */
const ALLOWED = new Set(["PDF", "DOCX", "CSV", "ICS", "axe", "WCAG", "UN", "ODA", "OK", "ISO"]);
const READ_ATTRIBUTES = new Set(["aria-label", "title", "placeholder", "alt", "label", "confirmLabel", "cancelLabel", "header", "hint"]);

const PENDING = new Set<string>([]);

function tsxFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.posix.join(dir, e.name);
    if (e.isDirectory()) return tsxFiles(rel);
    return e.name.endsWith(".tsx") && !e.name.endsWith(".test.tsx") ? [rel] : [];
  });
}

function isPending(file: string): string | undefined {
  return [...PENDING].find((p) => file === p || file.startsWith(`${p}/`));
}

/** A literal that a person reads: at least one word of three Latin letters that is not an allowed symbol. */
function looksLikeText(text: string): boolean {
  const words = text.match(/[A-Za-z][A-Za-z'’-]{2,}/g) ?? [];
  return words.some((w) => !ALLOWED.has(w));
}

export function literalTexts(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const at = (node: ts.Node, text: string) => found.push(`${file}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${text.trim().slice(0, 60)}`);
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && looksLikeText(node.text)) at(node, node.text);
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(sf)) && node.initializer) {
      const init = node.initializer;
      const literal = ts.isStringLiteral(init) ? init : ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression) ? init.expression : undefined;
      if (literal && looksLikeText(literal.text)) at(node, literal.text);
    }
    // function Dialog({ cancelLabel = "Cancel" }): a read prop's default
    if (ts.isBindingElement(node) && node.initializer && ts.isStringLiteralLike(node.initializer) && READ_ATTRIBUTES.has((node.propertyName ?? node.name).getText(sf)) && looksLikeText(node.initializer.text)) {
      at(node, node.initializer.text);
    }
    // export const metadata = { title: "…" }
    if (ts.isVariableDeclaration(node) && node.name.getText(sf) === "metadata" && node.initializer && ts.isObjectLiteralExpression(node.initializer)) {
      for (const p of node.initializer.properties) {
        if (ts.isPropertyAssignment(p) && ["title", "description"].includes(p.name.getText(sf)) && ts.isStringLiteralLike(p.initializer) && looksLikeText(p.initializer.text)) {
          at(p, p.initializer.text);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

const files = DIRS.flatMap(tsxFiles);

describe("interface text comes from the catalogs", () => {
  it("finds literal English in a component (the check itself)", () => {
    const sample = `export const metadata = { title: "Users" };
      export function A() { return <nav aria-label="Main"><h1>Cycles and deadlines</h1><span>{t("x")} › PDF</span></nav>; }
      export function B({ cancelLabel = "Cancel", hint = "" }) { return null; }`;
    expect(literalTexts("sample.tsx", sample).map((l) => l.replace(/^sample\.tsx:\d+: /, ""))).toEqual(["Users", "Main", "Cycles and deadlines", "Cancel"]);
  });

  it.each(files.filter((f) => !isPending(f)))("%s renders no literal English", (file) => {
    expect(literalTexts(file, readFileSync(path.join(ROOT, file), "utf8"))).toEqual([]);
  });

  it("lists as pending only what still has literal English", () => {
    const clean = [...PENDING].filter((p) => {
      const inside = files.filter((f) => f === p || f.startsWith(`${p}/`));
      return inside.length > 0 && inside.every((f) => literalTexts(f, readFileSync(path.join(ROOT, f), "utf8")).length === 0);
    });
    expect(clean, "translated: remove from PENDING").toEqual([]);
  });
});
