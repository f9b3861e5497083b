import { describe, expect, it } from "vitest";
import { immutable } from "./immutable-cache";

/** A stand-in for a query builder: a thenable that runs its "statement" on every `then`. */
function lazyQuery<T>(value: T) {
  const thenable = {
    runs: 0,
    then<R1 = T, R2 = never>(onFulfilled?: ((v: T) => R1 | PromiseLike<R1>) | null, onRejected?: ((e: unknown) => R2 | PromiseLike<R2>) | null) {
      thenable.runs += 1;
      return Promise.resolve(value).then(onFulfilled, onRejected);
    },
  };
  return thenable;
}

describe("immutable", () => {
  it("runs a lazy query once, however many readers await it", async () => {
    const db = {};
    const query = lazyQuery([{ letter: "a" }]);
    const read = () => immutable(db, "items", () => query);
    expect(await read()).toEqual([{ letter: "a" }]);
    expect(await read()).toEqual([{ letter: "a" }]);
    await Promise.all([read(), read()]);
    expect(query.runs).toBe(1);
  });

  it("keeps no empty answer, and one database's rows are not another's", async () => {
    let loads = 0;
    const empty = () => immutable({}, "k", async () => (loads++, []));
    await empty();
    const db = {};
    await immutable(db, "k", async () => (loads++, []));
    await immutable(db, "k", async () => (loads++, []));
    expect(loads).toBe(3);
    await immutable(db, "x", async () => 1);
    expect(await immutable({}, "x", async () => 2)).toBe(2);
  });
});
