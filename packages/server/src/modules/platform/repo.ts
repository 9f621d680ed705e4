// The only SQL of the platform module. Every tenant table is read and written with its workspace_id.
import type { ApiKey, AuditEntry, Member, Role, Workspace } from "@touchpoint/core";
import { and, count, desc, eq, gt, lt, sql } from "drizzle-orm";
import type { Executor } from "../../platform/db/database.ts";
import type { AuditActor } from "./caller.ts";
import { apiKeys, auditLog, loginThrottle, memberships, sessions, users, workspaces } from "./schema.ts";

type WorkspaceRow = typeof workspaces.$inferSelect;
const toWorkspace = (row: WorkspaceRow): Workspace => ({
  id: row.workspaceId,
  slug: row.slug,
  name: row.name,
});
const iso = (date: Date | null) => (date ? date.toISOString() : null);

export async function insertWorkspace(
  ex: Executor,
  row: { workspaceId: string; slug: string; name: string },
) {
  await ex.insert(workspaces).values(row);
}

export async function findWorkspace(ex: Executor, workspaceId: string): Promise<Workspace | undefined> {
  const [row] = await ex.select().from(workspaces).where(eq(workspaces.workspaceId, workspaceId));
  return row && toWorkspace(row);
}

/** The workspace and its time zone from one read of its row (what `/me` answers). */
export async function findWorkspaceWithTimeZone(
  ex: Executor,
  workspaceId: string,
): Promise<{ workspace: Workspace; timeZone: string } | undefined> {
  const [row] = await ex.select().from(workspaces).where(eq(workspaces.workspaceId, workspaceId));
  return row && { workspace: toWorkspace(row), timeZone: row.timeZone };
}

export async function findWorkspaceTimeZone(ex: Executor, workspaceId: string): Promise<string | undefined> {
  const [row] = await ex
    .select({ timeZone: workspaces.timeZone })
    .from(workspaces)
    .where(eq(workspaces.workspaceId, workspaceId));
  return row?.timeZone;
}

export async function findWorkspaceBySlug(ex: Executor, slug: string): Promise<Workspace | undefined> {
  const [row] = await ex.select().from(workspaces).where(eq(workspaces.slug, slug));
  return row && toWorkspace(row);
}

export async function countWorkspaces(ex: Executor): Promise<number> {
  const [row] = await ex.select({ n: count() }).from(workspaces);
  return row?.n ?? 0;
}

export interface UserRecord {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
}

export async function insertUser(ex: Executor, row: UserRecord) {
  await ex.insert(users).values(row);
}

export async function findUserByEmail(ex: Executor, email: string): Promise<UserRecord | undefined> {
  const [row] = await ex.select().from(users).where(eq(users.email, email));
  return row;
}

export async function updateUserPassword(ex: Executor, userId: string, passwordHash: string) {
  await ex.update(users).set({ passwordHash }).where(eq(users.id, userId));
}

export async function insertMembership(
  ex: Executor,
  row: { workspaceId: string; id: string; userId: string; role: Role },
) {
  await ex.insert(memberships).values(row);
}

const memberColumns = {
  userId: users.id,
  email: users.email,
  name: users.name,
  role: memberships.role,
  createdAt: memberships.createdAt,
};
type MemberRow = { userId: string; email: string; name: string; role: string; createdAt: Date };
const toMember = (row: MemberRow): Member => ({
  ...row,
  role: row.role as Role,
  createdAt: row.createdAt.toISOString(),
});

export async function listMembers(ex: Executor, workspaceId: string): Promise<Member[]> {
  const rows = await ex
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.workspaceId, workspaceId))
    .orderBy(memberships.createdAt, users.email);
  return rows.map(toMember);
}

export async function findMember(
  ex: Executor,
  workspaceId: string,
  userId: string,
): Promise<Member | undefined> {
  const [row] = await ex
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
  return row && toMember(row);
}

export async function updateMemberRole(ex: Executor, workspaceId: string, userId: string, role: Role) {
  await ex
    .update(memberships)
    .set({ role })
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
}

export async function deleteMember(ex: Executor, workspaceId: string, userId: string) {
  await ex
    .delete(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
  await ex.delete(sessions).where(and(eq(sessions.workspaceId, workspaceId), eq(sessions.userId, userId)));
}

export async function countOwners(ex: Executor, workspaceId: string): Promise<number> {
  const [row] = await ex
    .select({ n: count() })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.role, "owner")));
  return row?.n ?? 0;
}

export async function listWorkspacesOfUser(
  ex: Executor,
  userId: string,
): Promise<(Workspace & { role: Role })[]> {
  const rows = await ex
    .select({ workspace: workspaces, role: memberships.role })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.workspaceId, memberships.workspaceId))
    .where(eq(memberships.userId, userId))
    .orderBy(workspaces.name);
  return rows.map((row) => ({ ...toWorkspace(row.workspace), role: row.role as Role }));
}

export async function insertSession(ex: Executor, row: typeof sessions.$inferInsert) {
  await ex.insert(sessions).values(row);
}

/** A live session together with the user's current membership; none when either has ended. */
export async function findSessionWithMembership(ex: Executor, tokenHash: string, now: Date) {
  const [row] = await ex
    .select({
      tokenHash: sessions.tokenHash,
      csrfToken: sessions.csrfToken,
      workspaceId: sessions.workspaceId,
      userId: users.id,
      email: users.email,
      role: memberships.role,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(
      memberships,
      and(eq(memberships.workspaceId, sessions.workspaceId), eq(memberships.userId, sessions.userId)),
    )
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)));
  return row && { ...row, role: row.role as Role };
}

export async function findUserById(ex: Executor, userId: string) {
  const [row] = await ex
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .where(eq(users.id, userId));
  return row;
}

export async function setSessionWorkspace(ex: Executor, tokenHash: string, workspaceId: string) {
  await ex.update(sessions).set({ workspaceId }).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSession(ex: Executor, tokenHash: string) {
  await ex.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteExpiredSessions(ex: Executor, now: Date) {
  await ex.delete(sessions).where(lt(sessions.expiresAt, now));
}

type ApiKeyRow = typeof apiKeys.$inferSelect;
const toApiKey = (row: ApiKeyRow): ApiKey => ({
  id: row.id,
  name: row.name,
  role: row.role as Role,
  prefix: row.prefix,
  createdAt: row.createdAt.toISOString(),
  lastUsedAt: iso(row.lastUsedAt),
  revokedAt: iso(row.revokedAt),
});

export async function insertApiKey(ex: Executor, row: typeof apiKeys.$inferInsert): Promise<ApiKey> {
  const [inserted] = await ex.insert(apiKeys).values(row).returning();
  if (!inserted) throw new Error("insert into api_keys returned no row");
  return toApiKey(inserted);
}

export async function findApiKeyByHash(ex: Executor, keyHash: string) {
  const [row] = await ex.select().from(apiKeys).where(eq(apiKeys.keyHash, keyHash));
  return row && { ...toApiKey(row), workspaceId: row.workspaceId, lastUsedAt: row.lastUsedAt };
}

export async function listApiKeys(ex: Executor, workspaceId: string): Promise<ApiKey[]> {
  const rows = await ex
    .select()
    .from(apiKeys)
    .where(eq(apiKeys.workspaceId, workspaceId))
    .orderBy(desc(apiKeys.id));
  return rows.map(toApiKey);
}

export async function findApiKey(ex: Executor, workspaceId: string, id: string): Promise<ApiKey | undefined> {
  const [row] = await ex
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.workspaceId, workspaceId), eq(apiKeys.id, id)));
  return row && toApiKey(row);
}

export async function revokeApiKey(ex: Executor, workspaceId: string, id: string, at: Date) {
  await ex
    .update(apiKeys)
    .set({ revokedAt: at })
    .where(and(eq(apiKeys.workspaceId, workspaceId), eq(apiKeys.id, id)));
}

export async function touchApiKey(ex: Executor, workspaceId: string, id: string, at: Date) {
  await ex
    .update(apiKeys)
    .set({ lastUsedAt: at })
    .where(and(eq(apiKeys.workspaceId, workspaceId), eq(apiKeys.id, id)));
}

export async function insertAudit(
  ex: Executor,
  entry: {
    workspaceId: string;
    id: string;
    actor: AuditActor;
    action: string;
    targetType: string;
    targetId: string | null;
    before: unknown;
    after: unknown;
  },
) {
  await ex.insert(auditLog).values({
    workspaceId: entry.workspaceId,
    id: entry.id,
    actorType: entry.actor.type,
    actorId: entry.actor.id,
    actorLabel: entry.actor.label,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    before: entry.before ?? null,
    after: entry.after ?? null,
    requestId: entry.actor.requestId,
  });
}

/** Newest first; the cursor is the id of the last entry of the previous page (UUIDv7 ids sort by time). */
export async function listAudit(
  ex: Executor,
  workspaceId: string,
  cursor: string | undefined,
  limit: number,
) {
  const rows = await ex
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.workspaceId, workspaceId), cursor ? lt(auditLog.id, cursor) : undefined))
    .orderBy(desc(auditLog.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit).map(
    (row): AuditEntry => ({
      id: row.id,
      actor: { type: row.actorType as AuditEntry["actor"]["type"], id: row.actorId, label: row.actorLabel },
      action: row.action,
      targetType: row.targetType,
      targetId: row.targetId,
      before: row.before,
      after: row.after,
      createdAt: row.createdAt.toISOString(),
    }),
  );
  return { items: page, nextCursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null };
}

export async function findThrottle(ex: Executor, key: string) {
  const [row] = await ex.select().from(loginThrottle).where(eq(loginThrottle.key, key));
  return row;
}

/** Counts a failure in the current window, or starts a new window when the last one has passed. */
export async function recordLoginFailure(ex: Executor, key: string, now: Date, windowStart: Date) {
  await ex
    .insert(loginThrottle)
    .values({ key, failures: 1, windowStartedAt: now })
    .onConflictDoUpdate({
      target: loginThrottle.key,
      set: {
        failures: sql`case when ${loginThrottle.windowStartedAt} < ${windowStart} then 1 else ${loginThrottle.failures} + 1 end`,
        windowStartedAt: sql`case when ${loginThrottle.windowStartedAt} < ${windowStart} then ${now} else ${loginThrottle.windowStartedAt} end`,
      },
    });
}

export async function clearLoginFailures(ex: Executor, key: string) {
  await ex.delete(loginThrottle).where(eq(loginThrottle.key, key));
}

export async function deleteStaleThrottles(ex: Executor, before: Date) {
  await ex.delete(loginThrottle).where(lt(loginThrottle.windowStartedAt, before));
}
