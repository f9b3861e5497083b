// Stand-in for packages that only guard module boundaries (e.g. "server-only"),
// aliased in vitest.config.ts so server modules can be imported in tests.
export {};
