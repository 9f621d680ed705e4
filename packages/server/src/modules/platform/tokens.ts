// Secrets handed to clients (session cookies, CSRF tokens, API keys) and the hashes we keep instead of them.
import { createHash, createHmac, randomBytes } from "node:crypto";

export const API_KEY_PREFIX = "tp_";

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

/** SHA-256 suffices for high-entropy random secrets; a slow hash is for low-entropy passwords. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function newApiKeySecret(): string {
  return `${API_KEY_PREFIX}${randomToken(32)}`;
}

/** The part of a key shown in lists so people can tell keys apart without it being usable. */
export function apiKeyDisplayPrefix(key: string): string {
  return key.slice(0, API_KEY_PREFIX.length + 6);
}

/** HMAC-SHA-256 under the process secret, for lookup keys derived from personal data. */
export function keyedHash(secret: string, value: string): string {
  return createHmac("sha256", secret).update(value).digest("hex");
}
