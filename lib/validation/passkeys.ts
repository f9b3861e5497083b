import * as z from "zod/mini";
import { msg } from "@/lib/i18n/message-key";

const b64url = (max: number) => z.string().check(z.maxLength(max), z.regex(/^[A-Za-z0-9_-]*$/));

/** The JSON a browser's WebAuthn call answers (@simplewebauthn/browser), checked for shape and size; the library checks the rest. */
const credentialBase = {
  id: b64url(1400).check(z.minLength(1)),
  rawId: b64url(1400).check(z.minLength(1)),
  type: z.literal("public-key"),
  clientExtensionResults: z.record(z.string(), z.unknown()),
  authenticatorAttachment: z.optional(z.enum(["platform", "cross-platform"])),
};

export const registrationResponseInput = z.object({
  ...credentialBase,
  response: z.object({
    clientDataJSON: b64url(4096),
    attestationObject: b64url(16384),
    transports: z.optional(z.array(z.enum(["ble", "cable", "hybrid", "internal", "nfc", "smart-card", "usb"])).check(z.maxLength(8))),
    authenticatorData: z.optional(b64url(16384)),
    publicKeyAlgorithm: z.optional(z.number()),
    publicKey: z.optional(b64url(4096)),
  }),
});

export const authenticationResponseInput = z.object({
  ...credentialBase,
  response: z.object({
    clientDataJSON: b64url(4096),
    authenticatorData: b64url(16384),
    signature: b64url(1024),
    userHandle: z.optional(b64url(256)),
  }),
});

export const passkeyName = z
  .string({ error: msg("passkeys.nameMissing") })
  .check(z.trim(), z.minLength(1, msg("passkeys.nameMissing")), z.maxLength(60, msg("passkeys.nameTooLong", { max: 60 })));

export const finishPasskeyRegistrationInput = z.object({ name: passkeyName, response: registrationResponseInput });
export const finishPasskeySignInInput = z.object({ response: authenticationResponseInput, next: z.optional(z.unknown()) });
export const passkeyIdInput = z.object({ passkeyId: z.uuid(msg("passkeys.unknown")) });
