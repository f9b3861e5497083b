import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { msg, parseMessage, translateFieldErrors, translateMessage } from "./message-key";
import { translatorFor } from "./translator";

describe("keyed messages", () => {
  it("round-trip a key and its values", () => {
    expect(parseMessage(msg("serverErrors.expertGroup.seatsFilled", { seats: 15 }))).toEqual({ key: "serverErrors.expertGroup.seatsFilled", values: { seats: 15 } });
    expect(parseMessage("Plain English.")).toBeNull();
  });

  it("are translated into the reader's language; plain text passes through", () => {
    const error = new AppError("forbidden");
    expect(translateMessage(translatorFor("en"), error.message)).toBe("You do not have access to this.");
    expect(translateMessage(translatorFor("fr"), error.message)).toBe("Vous n'avez pas accès à cette ressource.");
    expect(translateMessage(translatorFor("fr"), "Plain English.")).toBe("Plain English.");
  });

  it("name a State in the reader's language and write dates its way", () => {
    const fr = translatorFor("fr");
    expect(translateMessage(fr, msg("serverErrors.expertGroup.notMember", { stateIso3: "RUS" }))).toBe("Fédération de Russie n'est pas membre du Groupe.");
    expect(translateMessage(translatorFor("es"), msg("serverErrors.resolutions.sessionOpensOn", { session: 65, isoDate: "2010-09-14" }))).toContain("14 de septiembre de 2010");
    expect(translateFieldErrors(translatorFor("ar"), { iso3: [msg("serverErrors.unknownState")] })).toEqual({ iso3: ["لا توجد دولة عضو بهذا الرمز."] });
  });
});
