// API keys: shown once at creation, stored only as a hash, scoped to one workspace and role, revocable.
import { type ApiKey, type CreateApiKeyInput, canGrant } from "@touchpoint/core";
import type { Executor } from "../../platform/db/database.ts";
import { ConflictError, ForbiddenError, NotFoundError } from "../../platform/errors.ts";
import { newId } from "../../platform/ids.ts";
import { forgetApiKey } from "./api-key-cache.ts";
import { recordAudit } from "./audit.ts";
import type { PlatformDeps } from "./auth.ts";
import { type AuditActor, actorOf, type Caller } from "./caller.ts";
import * as repo from "./repo.ts";
import { apiKeyDisplayPrefix, hashToken, newApiKeySecret } from "./tokens.ts";

export function listApiKeys(deps: PlatformDeps, caller: Caller): Promise<ApiKey[]> {
  return repo.listApiKeys(deps.database.db, caller.workspaceId);
}

/** Inserts a key with a given or fresh secret; `secret` is for provisioning a key an operator chose. */
export async function insertApiKey(
  ex: Executor,
  workspaceId: string,
  input: CreateApiKeyInput,
  actor: AuditActor,
  createdByUserId: string | null,
  secret: string = newApiKeySecret(),
) {
  const apiKey = await repo.insertApiKey(ex, {
    workspaceId,
    id: newId(),
    name: input.name,
    role: input.role,
    prefix: apiKeyDisplayPrefix(secret),
    keyHash: hashToken(secret),
    createdByUserId,
  });
  await recordAudit(ex, workspaceId, actor, {
    action: "api_key.create",
    targetType: "api_key",
    targetId: apiKey.id,
    after: { name: apiKey.name, role: apiKey.role, prefix: apiKey.prefix },
  });
  return { apiKey, key: secret };
}

export async function createApiKey(deps: PlatformDeps, caller: Caller, input: CreateApiKeyInput) {
  if (!canGrant(caller.role, input.role)) {
    throw new ForbiddenError(`A ${caller.role} cannot create a key with the ${input.role} role.`);
  }
  return deps.database.transaction((tx) =>
    insertApiKey(tx, caller.workspaceId, input, actorOf(caller), caller.userId),
  );
}

export async function revokeApiKey(deps: PlatformDeps, caller: Caller, id: string) {
  await deps.database.transaction(async (tx) => {
    const apiKey = await repo.findApiKey(tx, caller.workspaceId, id);
    if (!apiKey) throw new NotFoundError("API key");
    if (apiKey.revokedAt) throw new ConflictError("This API key is already revoked.", "already_revoked");
    await repo.revokeApiKey(tx, caller.workspaceId, id, deps.clock.now());
    await recordAudit(tx, caller.workspaceId, actorOf(caller), {
      action: "api_key.revoke",
      targetType: "api_key",
      targetId: id,
      before: { name: apiKey.name, role: apiKey.role, revokedAt: null },
      after: { revokedAt: deps.clock.now().toISOString() },
    });
  });
  forgetApiKey(deps.database, id);
}
