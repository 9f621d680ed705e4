// Password hashing with argon2id (memory-hard), parameters from the OWASP password storage cheat sheet.
import { hash, verify } from "@node-rs/argon2";

// 2 is Algorithm.Argon2id: the library exports it as a const enum, which type stripping cannot inline.
const ARGON2ID = 2;
const options = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash can never match; the caller answers "invalid credentials" as for any mismatch.
    return false;
  }
}

/**
 * Hash checked when the email has no account, so an unknown email costs the same time as a wrong password
 * and response times do not reveal which emails exist.
 */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword("decoy-password-that-never-matches");
  return decoyHash;
}
