import { describe, expect, it } from "vitest";
import { isPdf, storedLetterName } from "./letters";

const bytes = (s: string) => new TextEncoder().encode(s);
const PDF = bytes("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

describe("isPdf", () => {
  it("accepts a file that starts with the PDF header at offset 0", async () => {
    expect(await isPdf(PDF)).toBe(true);
  });

  it("refuses a PDF header found later in the file (an HTML polyglot)", async () => {
    expect(await isPdf(bytes(`<html><script>alert(1)</script>\n${new TextDecoder().decode(PDF)}`))).toBe(false);
    expect(await isPdf(bytes(` ${new TextDecoder().decode(PDF)}`))).toBe(false);
  });

  it("refuses other types and empty or truncated files", async () => {
    expect(await isPdf(bytes("\x89PNG\r\n\x1a\n...."))).toBe(false);
    expect(await isPdf(bytes("%PD"))).toBe(false);
    expect(await isPdf(new Uint8Array())).toBe(false);
  });
});

describe("storedLetterName", () => {
  it("always ends in .pdf, whatever was uploaded", () => {
    expect(storedLetterName("poly.html")).toBe("poly.pdf");
    expect(storedLetterName("Note verbale 12.PDF")).toBe("Note verbale 12.pdf");
    expect(storedLetterName("../../etc/passwd")).toBe("______etc_passwd.pdf");
    expect(storedLetterName("")).toBe("letter.pdf");
    expect(storedLetterName("مذكرة شفوية.pdf")).toBe("مذكرة شفوية.pdf");
  });
});
