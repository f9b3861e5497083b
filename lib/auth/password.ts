import { hash, verify } from "@node-rs/argon2";

// argon2id with the OWASP minimum (19 MiB, 2 passes): about 30 ms here, slow for a guesser.
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;
/**
 * A hash to verify against when the account does not exist, so a missing user costs the same time
 * as a wrong password and the response time does not reveal which addresses have accounts.
 */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword("not-a-real-password-just-for-timing");
  return dummy;
}
