/**
 * The second step of signing in, over HTTP, for benches that sign Secretariat staff in.
 *
 * Reviewers and administrators always need a second factor (lib/auth/second-factor-policy.ts). A
 * browser sends the code through the `verifySecondFactorAction` Server Action; a bench does the same
 * request a browser's `fetch` makes (the `Next-Action` header names the action by the id the build
 * gave it, read from the build's manifest) with the demo accounts' TOTP secret.
 */
import fs from "node:fs";
import path from "node:path";
import { Secret, TOTP } from "otpauth";

/** The TOTP secret the seed gives demo reviewers and administrators (db/seed/demo-accounts.ts). */
export const DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
const PERIOD_MS = 30_000;

interface Manifest {
  node: Record<string, { filename?: string; exportedName?: string }>;
}

/** The id `next build` gave the Server Action `exportedName` of `filename` (relative to the project). */
export function serverActionId(projectRoot: string, filename: string, exportedName: string): string {
  const file = path.join(projectRoot, ".next", "server", "server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as Manifest;
  const id = Object.entries(manifest.node).find(([, entry]) => entry.filename === filename && entry.exportedName === exportedName)?.[0];
  if (!id) throw new Error(`no Server Action ${exportedName} of ${filename} in ${file}: is the build complete?`);
  return id;
}

function code(now: number): string {
  return new TOTP({ algorithm: "SHA1", digits: 6, period: PERIOD_MS / 1000, secret: Secret.fromBase32(DEMO_TOTP_SECRET) }).generate({ timestamp: now });
}

/**
 * Sends the current TOTP code for the session in `cookie`. A code is accepted once per account and
 * 30-second step (no replay): when the step was already used (the same account signed in twice in
 * one step), it waits for the next step and tries once more. Returns whether the server accepted it.
 */
export async function passSecondFactor(baseUrl: string, cookie: string, actionId: string): Promise<boolean> {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const res = await fetch(`${baseUrl}/login/second-factor`, {
      method: "POST",
      redirect: "manual",
      headers: {
        cookie,
        origin: baseUrl,
        accept: "text/x-component",
        "content-type": "text/plain;charset=UTF-8",
        "next-action": actionId,
      },
      body: JSON.stringify([{ code: code(Date.now()), next: "/home" }]),
      signal: AbortSignal.timeout(20_000),
    });
    await res.arrayBuffer();
    // The action redirects on success: Next answers the fetch with 303 and x-action-redirect.
    if (res.status === 303 || res.headers.get("x-action-redirect")) return true;
    if (attempt === 0) await new Promise((r) => setTimeout(r, PERIOD_MS - (Date.now() % PERIOD_MS) + 500));
  }
  return false;
}
