// Use cases of widget identity verification: the workspace's secret (shown to owners and admins, created on
// first read, rotated on request, both audited), checking a visitor's userHash against it, and whether a
// verified visitor is in the segment a widget survey targets.
import { timingSafeEqual } from "node:crypto";
import type { Clock } from "../../platform/clock.ts";
import type { Database, Executor } from "../../platform/db/database.ts";
import { isInSegment } from "../customers/segment-membership.ts";
import { recordAudit } from "../platform/audit.ts";
import { actorOf, type Caller } from "../platform/caller.ts";
import { keyedHash, randomToken } from "../platform/tokens.ts";
import * as repo from "./repo.ts";

export interface WidgetIdentityDeps {
  database: Database;
  clock: Clock;
}

export interface WidgetIdentitySecret {
  secret: string;
  createdAt: string;
}

const shown = (stored: repo.StoredSecret): WidgetIdentitySecret => ({
  secret: stored.secret,
  createdAt: stored.createdAt.toISOString(),
});

/** Writes a new secret and its audit entry; the entry records when, never the secret itself. */
async function storeNewSecret(tx: Executor, caller: Caller, now: Date, action: "create" | "rotate") {
  const before = await repo.findSecret(tx, caller.workspaceId, true);
  if (action === "create" && before) return before;
  const stored = { secret: `tpwi_${randomToken(32)}`, createdAt: now };
  await repo.upsertSecret(tx, caller.workspaceId, stored);
  await recordAudit(tx, caller.workspaceId, actorOf(caller), {
    action: `widget_identity.secret.${action}`,
    targetType: "widget_identity_secret",
    targetId: caller.workspaceId,
    before: before ? { createdAt: before.createdAt.toISOString() } : null,
    after: { createdAt: now.toISOString() },
  });
  return stored;
}

/** The workspace's secret; the first read creates it, so a workspace that never asks has none to leak. */
export async function widgetIdentitySecretOf(deps: WidgetIdentityDeps, caller: Caller) {
  const existing = await repo.findSecret(deps.database.db, caller.workspaceId);
  if (existing) return shown(existing);
  return shown(
    await deps.database.transaction((tx) => storeNewSecret(tx, caller, deps.clock.now(), "create")),
  );
}

/** Replaces the secret: every userHash computed with the old one stops verifying at once. */
export async function rotateWidgetIdentitySecret(deps: WidgetIdentityDeps, caller: Caller) {
  return shown(
    await deps.database.transaction((tx) => storeNewSecret(tx, caller, deps.clock.now(), "rotate")),
  );
}

/** HMAC-SHA256(secret, externalId) as lowercase hex: what the customer's backend computes. */
export const userHashOf = (secret: string, externalId: string) => keyedHash(secret, externalId);

/** Whether the userHash signs this external id under the workspace's secret, compared in constant time. */
export async function isVerifiedVisitor(
  ex: Executor,
  workspaceId: string,
  externalId: string,
  userHash: string,
): Promise<boolean> {
  const stored = await repo.findSecret(ex, workspaceId);
  if (!stored) return false;
  const expected = Buffer.from(userHashOf(stored.secret, externalId), "utf8");
  const given = Buffer.from(userHash.toLowerCase(), "utf8");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export interface WidgetVisitor {
  externalId?: string | undefined;
  userHash?: string | undefined;
}

/**
 * Whether a widget survey targeting this segment may be shown to the visitor: only when the visitor's id
 * is verified and its customer is in the segment. Every other case — anonymous, no or bad hash, unknown id,
 * not a member — is the same false, so the answer tells a prober nothing about who is in the segment. The
 * hash is checked before any customer is looked up.
 */
export async function isTargetedVisitor(
  deps: WidgetIdentityDeps,
  workspaceId: string,
  segmentId: string,
  visitor: WidgetVisitor,
): Promise<boolean> {
  const { externalId, userHash } = visitor;
  if (!externalId || !userHash) return false;
  if (!(await isVerifiedVisitor(deps.database.db, workspaceId, externalId, userHash))) return false;
  return isInSegment(deps, workspaceId, segmentId, externalId);
}
