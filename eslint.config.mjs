import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";

const drizzleOptions = { drizzleObjectName: ["db", "tx"] };

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    files: ["**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}"],
    plugins: { drizzle },
    rules: {
      "drizzle/enforce-delete-with-where": ["error", drizzleOptions],
      "drizzle/enforce-update-with-where": ["error", drizzleOptions],
    },
  },
  globalIgnores([
    ".next/**",
    "node_modules/**",
    "drizzle/**",
    "playwright-report/**",
    "test-results/**",
    ".data/**",
    "next-env.d.ts",
  ]),
]);
