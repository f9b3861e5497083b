import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const BLOCKING_IMPACTS = new Set(["serious", "critical"]);
const MAX_TARGETS = 3;

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the current page and fails
 * when any violation has impact "serious" or "critical".
 * `exclude` takes CSS selectors of regions to leave out of the scan.
 */
export async function expectNoSeriousA11yViolations(
  page: Page,
  options: { exclude?: string[] } = {},
): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const results = await builder.analyze();

  const blocking = results.violations.filter((v) => v.impact != null && BLOCKING_IMPACTS.has(v.impact));
  const report = blocking
    .map((v) => {
      const targets = v.nodes
        .slice(0, MAX_TARGETS)
        .map((node) => node.target.map((t) => (Array.isArray(t) ? t.join(" >>> ") : String(t))).join(" "))
        .join(" | ");
      const more = v.nodes.length > MAX_TARGETS ? ` (+${v.nodes.length - MAX_TARGETS} more)` : "";
      return `  - ${v.id} [${v.impact}] ${v.help}\n    targets: ${targets}${more}\n    ${v.helpUrl}`;
    })
    .join("\n");

  expect(
    blocking.length,
    `${blocking.length} serious/critical accessibility violation(s) on ${page.url()}:\n${report}`,
  ).toBe(0);
}
