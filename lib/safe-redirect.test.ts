import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-redirect";

describe("safeReturnPath", () => {
  it("keeps a path on this site with its query", () => {
    expect(safeReturnPath("/states/FRA?session=65")).toBe("/states/FRA?session=65");
  });
  it.each(["https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)", "", null, undefined])("refuses %s", (target) => {
    expect(safeReturnPath(target, "/home")).toBe("/home");
  });
});
