import { describe, expect, it } from "vitest";
import { canEditState, canReadDraftText, canViewState, isSecretariat, type Actor } from "./permissions";

const france: Actor = { id: "1", role: "delegation", memberStateId: 75 };
const reviewer: Actor = { id: "2", role: "reviewer", memberStateId: null };
const admin: Actor = { id: "3", role: "admin", memberStateId: null };

describe("permissions", () => {
  it("lets a delegation see and edit only its own State", () => {
    expect(canViewState(france, 75)).toBe(true);
    expect(canViewState(france, 76)).toBe(false);
    expect(canEditState(france, 75)).toBe(true);
    expect(canEditState(france, 76)).toBe(false);
  });
  it("lets the Secretariat see every State but never write a reply or read a draft", () => {
    for (const actor of [reviewer, admin]) {
      expect(isSecretariat(actor)).toBe(true);
      expect(canViewState(actor, 75)).toBe(true);
      expect(canEditState(actor, 75)).toBe(false);
      expect(canReadDraftText(actor, 75)).toBe(false);
    }
    expect(isSecretariat(france)).toBe(false);
  });
  it("never lets a delegation without a State see anything", () => {
    expect(canViewState({ id: "4", role: "delegation", memberStateId: null }, 75)).toBe(false);
  });
});
