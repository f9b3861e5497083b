import { describe, expect, it } from "vitest";
import { globalErrorLocale, globalErrorText } from "./global-error-text";

describe("the last-resort error page's language", () => {
  it("follows the language cookie first, then the browser's languages, else English", () => {
    expect(globalErrorLocale("theme=dark; NEXT_LOCALE=ar; other=1", ["fr-FR"])).toBe("ar");
    expect(globalErrorLocale("NEXT_LOCALE=xx", ["de-DE", "es-419", "fr"])).toBe("es");
    expect(globalErrorLocale("", ["zh-Hans-CN"])).toBe("zh");
    expect(globalErrorLocale("", ["de", "pt-BR"])).toBe("en");
  });

  it("speaks that language, right to left for Arabic", () => {
    expect(globalErrorText("fr")).toMatchObject({ lang: "fr", dir: "ltr", retry: "Réessayer" });
    const ar = globalErrorText("ar");
    expect(ar).toMatchObject({ lang: "ar", dir: "rtl" });
    expect(ar.title).toMatch(/[\u0600-\u06FF]/);
    expect(ar.reference).toContain("{digest}");
  });
});
