import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const rootDir = fileURLToPath(new URL("./", import.meta.url));
const emptyModule = fileURLToPath(new URL("./tests/empty-module.ts", import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      // "server-only" throws when imported outside a React Server Component bundle.
      { find: /^server-only$/, replacement: emptyModule },
      // Mirrors tsconfig's "@/*": ["./*"].
      { find: /^@\//, replacement: rootDir },
    ],
  },
  // Next's tsconfig has "jsx": "preserve" (Next compiles JSX itself); tests need
  // it compiled, with React's automatic runtime.
  oxc: {
    jsx: { runtime: "automatic", importSource: "react" },
  },
  test: {
    exclude: ["e2e/**", "**/node_modules/**", ".next/**"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "db/**/*.test.ts", "components/**/*.test.{ts,tsx}"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
