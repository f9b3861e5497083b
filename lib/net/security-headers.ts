/**
 * The Content-Security-Policy of every response, with this request's nonce: scripts only from this
 * origin and with the nonce (Next.js puts it on its own scripts; 'strict-dynamic' lets them load
 * their chunks), never inline without it; no plug-ins; no framing by any site; forms post only here.
 * Styles allow inline attributes (React's style props), not scripts. In development React needs eval.
 */
export function contentSecurityPolicy(nonce: string, { https, development }: { https: boolean; development: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Features the app never uses are switched off for it and anything it could embed. */
export const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "camera=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "payment=()",
  "usb=()",
  "interest-cohort=()",
  "publickey-credentials-get=(self)",
  "publickey-credentials-create=(self)",
].join(", ");

/** Two years, subdomains included: sent only on a response that itself came over HTTPS. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";
