// The token in an invitation's links. It is derived from the process secret and the invitation's id, so a
// reminder can put the same link in its email while the database keeps only the token's SHA-256: a copy of
// the database alone opens no survey and unsubscribes nobody.
import { createHash, createHmac } from "node:crypto";

/** 43 URL-safe characters (256 bits). The label keeps it apart from other HMACs of the same secret. */
export function invitationToken(secret: string, workspaceId: string, invitationId: string): string {
  return createHmac("sha256", secret)
    .update(`invitation-link:${workspaceId}:${invitationId}`)
    .digest("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Tokens are exactly what `invitationToken` makes; anything else is not looked up at all. */
export const isTokenShaped = (value: string) => /^[A-Za-z0-9_-]{43}$/.test(value);
