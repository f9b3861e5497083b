/**
 * How a query function may keep an answer for later requests: a page passes lib/reference-cache.ts's
 * `reference` for what is reference data; everyone else gets `keepNothing`, which asks every time.
 */
export type Keep = <T>(key: string, load: () => PromiseLike<T>) => Promise<T>;

export const keepNothing: Keep = (_key, load) => Promise.resolve(load());
