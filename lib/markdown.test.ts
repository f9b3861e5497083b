import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./markdown";

describe("renderMarkdown", () => {
  it("renders light Markdown", () => {
    expect(renderMarkdown("**Views** of the *Government*\n\n- one\n- two")).toBe(
      "<p><strong>Views</strong> of the <em>Government</em></p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n",
    );
  });
  it("escapes raw HTML, so a script never runs", () => {
    const html = renderMarkdown('<script>alert("x")</script><img src=x onerror=alert(1)>');
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;");
  });
  it("refuses javascript: links and marks others as external", () => {
    expect(renderMarkdown("[click](javascript:alert(1))")).not.toContain("href");
    expect(renderMarkdown("[UN](https://www.un.org)")).toContain('<a href="https://www.un.org" rel="noopener noreferrer nofollow">UN</a>');
  });
});
