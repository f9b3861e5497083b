import { describe, expect, it } from "vitest";
import { sortCollated } from "./intl-cache";

describe("sortCollated", () => {
  it("sorts by the key in the language's order, and again the same from the kept order", () => {
    const states = [{ name: "Zambia" }, { name: "Égypte" }, { name: "Allemagne" }, { name: "Estonie" }];
    const once = sortCollated(states, (s) => s.name, "fr", { sensitivity: "base" });
    expect(once.map((s) => s.name)).toEqual(["Allemagne", "Égypte", "Estonie", "Zambia"]);
    expect(sortCollated(states, (s) => s.name, "fr", { sensitivity: "base" })).toEqual(once);
    // The items given are left in their order; the same keys on other items give those items back.
    expect(states[0]!.name).toBe("Zambia");
    const others = states.map((s, i) => ({ ...s, i }));
    expect(sortCollated(others, (s) => s.name, "fr", { sensitivity: "base" }).map((s) => s.i)).toEqual([2, 1, 3, 0]);
  });

  it("tells languages and lists apart", () => {
    const names = ["Ch", "Cz", "D"];
    expect(sortCollated(names, (n) => n, "en")).toEqual(["Ch", "Cz", "D"]);
    // Slovak sorts "ch" after "h": another locale is another order, not the kept one.
    expect(sortCollated(names, (n) => n, "sk")).toEqual(["Cz", "D", "Ch"]);
    expect(sortCollated(["b", "a"], (n) => n, "en")).toEqual(["a", "b"]);
    expect(sortCollated([], (n: string) => n, "en")).toEqual([]);
  });
});
