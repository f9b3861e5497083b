import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, randomInt } from "node:crypto";
import { Secret, TOTP } from "otpauth";

/** RFC 6238 defaults that every authenticator app understands: SHA-1, 6 digits, 30 seconds. */
const PERIOD = 30;
const DIGITS = 6;
export const ISSUER = "62/17 tracker";

function key(): Buffer {
  // Derived from the session secret, so the TOTP secrets in a database dump are useless without it.
  const secret = process.env.AUTH_SECRET ?? "development-only-secret-not-for-production-use";
  return Buffer.from(hkdfSync("sha256", secret, "tracker", "totp-secret-encryption", 32));
}

export function encryptSecret(base32: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const data = Buffer.concat([cipher.update(base32, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), data.toString("base64url")].join(".");
}

export function decryptSecret(stored: string): string | null {
  const [v, iv, tag, data] = stored.split(".");
  if (v !== "v1" || !iv || !tag || !data) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpFor(base32: string, label: string): TOTP {
  return new TOTP({ issuer: ISSUER, label, algorithm: "SHA1", digits: DIGITS, period: PERIOD, secret: Secret.fromBase32(base32) });
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function totpUri(base32: string, label: string): string {
  return totpFor(base32, label).toString();
}

/**
 * The 30-second step a code belongs to, within one step either way (clock drift), or null.
 * The caller refuses a step not later than the last one accepted (no replay).
 */
export function matchingStep(base32: string, code: string, now = Date.now()): number | null {
  const clean = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(clean)) return null;
  const delta = totpFor(base32, "x").validate({ token: clean, timestamp: now, window: 1 });
  if (delta === null) return null;
  return Math.floor(now / 1000 / PERIOD) + delta;
}

const RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** Ten recovery codes of 12 characters (about 59 bits each), shown once, stored hashed. */
export function newRecoveryCodes(n = 10): string[] {
  return Array.from({ length: n }, () => {
    const chars = Array.from({ length: 12 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join("");
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
  });
}

export function normaliseRecoveryCode(code: string): string {
  const c = code.toLowerCase().replace(/[^a-z0-9]/g, "");
  return c.length === 12 ? `${c.slice(0, 4)}-${c.slice(4, 8)}-${c.slice(8)}` : c;
}
