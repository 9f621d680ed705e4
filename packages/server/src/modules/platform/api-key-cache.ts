// API keys recently authenticated by this process, so a busy integration does not cost a key lookup per
// request. Revoking a key here forgets it at once; another process (a second server) keeps accepting a key
// revoked elsewhere for at most API_KEY_CACHE_TTL_MS.
import type { Role } from "@touchpoint/core";
import type { Database } from "../../platform/db/database.ts";
import { LruCache } from "../../platform/lru-cache.ts";

export const API_KEY_CACHE_TTL_MS = 5_000;
/** Keys in active use at once; past this the least recently used is looked up again when it returns. */
const API_KEY_CACHE_MAX = 10_000;

export interface AuthenticatedApiKey {
  id: string;
  workspaceId: string;
  role: Role;
  name: string;
  /** When the key was last recorded as used; kept here so the write is throttled without reading it. */
  lastUsedAt: Date | null;
}

/** Keyed by the key's hash; one cache per database, as the rows it copies belong to one. */
const caches = new WeakMap<Database, LruCache<string, AuthenticatedApiKey>>();

export function apiKeyCacheOf(database: Database): LruCache<string, AuthenticatedApiKey> {
  let cache = caches.get(database);
  if (!cache) {
    cache = new LruCache({ max: API_KEY_CACHE_MAX, ttlMs: API_KEY_CACHE_TTL_MS });
    caches.set(database, cache);
  }
  return cache;
}

/** Called once a revocation has committed; a lookup still in flight will not store the key either. */
export function forgetApiKey(database: Database, apiKeyId: string) {
  caches.get(database)?.deleteWhere((key) => key.id === apiKeyId);
}
