import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/**
 * Messages are parsed once per process (i18n/catalog.ts, loadAppCatalog) and formatted by use-intl's
 * format-only formatter, on the server and in the browser: what next-intl's `precompile` option does for
 * catalogs it imports, for a catalog read from its files at run time. Without it, every request parsed
 * again each message it formatted (next-intl's cache lives one request).
 */
const formatOnly = "./node_modules/use-intl/dist/esm/production/format-message/format-only.js";

/** @type {import("next").NextConfig} */
const nextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules, not bundled
  // (bundled, its first query fails); argon2 and the report's typesetter are native addons;
  // prom-client keeps one registry per process.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "@myriaddreamin/typst-ts-node-compiler", "prom-client"],
  poweredByHeader: false,
  turbopack: { resolveAlias: { "use-intl/format-message": formatOnly } },
  // forbidden() renders app/forbidden.tsx with HTTP 403 for a signed-in user without the right role.
  // proxy.ts runs on every request and buffers its body: leave room for a 10 MB letter, whose own
  // limit is enforced while streaming (lib/route.ts readLimitedForm) with a 413.
  experimental: { authInterrupts: true, proxyClientMaxBodySize: "16mb" },
  // Content-Security-Policy (with a nonce per request), Permissions-Policy and HSTS are set in proxy.ts.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
      {
        // Every response but the calendar feeds, which set their own (no-referrer: the feed's URL is a secret).
        source: "/:path((?!api/calendar\\.ics$|api/states/[^/]+/calendar\\.ics$).*)",
        headers: [{ key: "Referrer-Policy", value: "same-origin" }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
