import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { escapeHtml, matrixRowsHtml } from "./matrix-rows";
import { MatrixTable, type CompactMatrixRow } from "./matrix-table";

const text = { caption: "States by item", select: "Select", state: "State", group: "Group", reviewer: "Reviewer", selectState: "Select {state}" };
const rows: CompactMatrixRow[] = [
  ["AFG", "Afghanistan", 1, "0000", 0, -1],
  ["BRA", "Brazil", 3, "0520", 0b0100, 0, "(extended to 15 June 2010)"],
];
const props = { session: 65, letters: ["a", "b", "c", "d"], rows, groups: ["African", "Asia-Pacific", "Eastern European", "Latin American and Caribbean", "Western European and others"], reviewers: ["Reviewer Two, UNODA"], statusShort: ["—", "Dr", "Sub", "Rev", "Ret", "Acc", "Pub", "Wd"], text };

describe("MatrixTable", () => {
  it("names each row by its State, each cell link by its status, and sends a group's or reviewer's name once", () => {
    const html = renderToStaticMarkup(<MatrixTable {...props} isAdmin={false} />);
    expect(html).toContain("<tr><th scope=row><a href=/states/AFG>Afghanistan</a><td>Asia-Pacific<td>");
    // Not started is the cells' default look: no status attribute; the others carry theirs.
    expect(html).toContain("<td><a href=../review/AFG/65/a>—</a><td>");
    expect(html).toContain("<td data-s=5><a href=../review/BRA/65/b>Acc</a><td data-s=2>");
    // A late reply: its letters and the mark in one text node, so the link's name is "Sub*".
    expect(html).toContain("<td data-s=2><a href=../review/BRA/65/c>Sub*</a><td>");
    expect(html).toContain("<td>Latin American and Caribbean<td>");
    expect(html).toContain("(extended to 15 June 2010)");
    expect(html).toMatch(/Brazil.*<td>Reviewer Two, UNODA<\/tbody>/);
    expect(html).toMatch(/Afghanistan.*<td>—<tr>/);
    expect(html).toContain('<th scope="col">(a)</th>');
    expect(html).not.toContain("<!-- -->");
    expect(html).not.toContain('type="checkbox"');
  });

  it("gives the admin a checkbox per State, named after it", () => {
    const html = renderToStaticMarkup(<MatrixTable {...props} isAdmin />);
    expect(html).toContain('<th scope="col">Select</th>');
    expect(html).toContain('<td><input type=checkbox name=state value=BRA form=assign-form aria-label="Select Brazil"><th scope=row>');
  });
});

describe("matrixRowsHtml", () => {
  it("escapes every value it writes, in text and in attributes", () => {
    expect(escapeHtml(`<b title="x">Tom & Jerry's</b>`)).toBe("&lt;b title=&quot;x&quot;&gt;Tom &amp; Jerry&#x27;s&lt;/b&gt;");
    const html = matrixRowsHtml({
      ...props,
      rows: [["X<Y", 'Côte "d\'Ivoire" <script>', 0, "1", 1, 0, "<i>late</i>"]],
      reviewers: ["<img src=x onerror=alert(1)>"],
      isAdmin: true,
      selectState: text.selectState,
      extensionClass: "mark",
    });
    expect(html).not.toMatch(/<script|<img|<i>/);
    expect(html).toContain('aria-label="Select Côte &quot;d&#x27;Ivoire&quot; &lt;script&gt;"');
    // A value that may not stand unquoted is quoted, and escaped.
    expect(html).toContain('<a href="/states/X&lt;Y">Côte &quot;d&#x27;Ivoire&quot; &lt;script&gt;</a><span class=mark> &lt;i&gt;late&lt;/i&gt;</span>');
    expect(html).toContain('<td data-s=1><a href="../review/X&lt;Y/65/a">Dr*</a>');
    expect(html).toMatch(/<td>&lt;img src=x onerror=alert\(1\)&gt;$/);
  });

  it("parses into the same table as React would render, cell for cell", () => {
    const html = renderToStaticMarkup(<MatrixTable {...props} isAdmin={false} />);
    const cells = [...html.matchAll(/<t[dh][ >]/g)].length;
    // Header: State, Group, four items, Reviewer; each row: its header, group, four items, reviewer.
    expect(cells).toBe(7 + rows.length * 7);
    expect([...html.matchAll(/<tr>/g)]).toHaveLength(1 + rows.length);
  });
});
