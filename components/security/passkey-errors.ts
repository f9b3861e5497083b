/**
 * The catalog key (namespace "passkeys") for what the browser's WebAuthn call threw:
 * @simplewebauthn/browser keeps the DOMException's name (NotAllowedError when the person cancels
 * or the time runs out, InvalidStateError when this authenticator already holds a passkey of the account).
 */
export function browserErrorKey(error: unknown): "cancelled" | "alreadyRegistered" | "browserFailed" {
  const name = error instanceof Error ? error.name : "";
  if (name === "NotAllowedError" || name === "AbortError") return "cancelled";
  if (name === "InvalidStateError") return "alreadyRegistered";
  return "browserFailed";
}
