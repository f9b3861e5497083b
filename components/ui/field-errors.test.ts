import { describe, expect, it, vi } from "vitest";
import { applyFieldErrors, firstFieldErrors } from "./field-errors";

describe("field errors from a Server Action", () => {
  it("keeps the first message of each field and skips empty ones", () => {
    expect(firstFieldErrors({ fieldErrors: { email: ["Enter an email address.", "Too long."], password: [], name: undefined } })).toEqual({
      email: "Enter an email address.",
    });
    expect(firstFieldErrors({})).toEqual({});
  });

  it("sets each field's first message on the form, nested paths included", () => {
    const setError = vi.fn();
    const set = applyFieldErrors(setError, { fieldErrors: { "cycle.deadline": ["Give a date."], "items.0.letter": ["One letter."], title: undefined } });
    expect(set).toBe(true);
    expect(setError.mock.calls).toEqual([
      ["cycle.deadline", { type: "server", message: "Give a date." }],
      ["items.0.letter", { type: "server", message: "One letter." }],
    ]);
  });

  it("does nothing when the result has no field errors", () => {
    const setError = vi.fn();
    expect(applyFieldErrors(setError, { fieldErrors: undefined })).toBe(false);
    expect(setError).not.toHaveBeenCalled();
  });
});
