// Workspaces (tenants) and the people in them: creating a workspace with its first owner, adding users.
import type { Role, Workspace } from "@touchpoint/core";
import type { Database, Executor } from "../../platform/db/database.ts";
import { ConflictError, ValidationError } from "../../platform/errors.ts";
import { newId } from "../../platform/ids.ts";
import { recordAudit } from "./audit.ts";
import type { AuditActor } from "./caller.ts";
import { hashPassword } from "./passwords.ts";
import * as repo from "./repo.ts";

/** "Ngân hàng Đông Á" → "ngan-hang-dong-a": Vietnamese letters lose their marks, đ becomes d. */
export function slugify(name: string): string {
  const slug = name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48)
    .replace(/-+$/g, "");
  return slug.length >= 2 ? slug : `workspace-${slug || "1"}`;
}

export async function createWorkspace(ex: Executor, name: string, actor: AuditActor): Promise<Workspace> {
  const slug = slugify(name);
  if (await repo.findWorkspaceBySlug(ex, slug)) {
    throw new ConflictError(`A workspace with the address "${slug}" already exists.`, "workspace_exists");
  }
  const workspace = { workspaceId: newId(), slug, name: name.trim() };
  await repo.insertWorkspace(ex, workspace);
  await recordAudit(ex, workspace.workspaceId, actor, {
    action: "workspace.create",
    targetType: "workspace",
    targetId: workspace.workspaceId,
    after: { slug, name: workspace.name },
  });
  return { id: workspace.workspaceId, slug, name: workspace.name };
}

export interface EnsureUserInput {
  email: string;
  name?: string | undefined;
  password?: string | undefined;
}

/** Finds the account for an email, creating it when a password is given; returns whether it was created. */
export async function ensureUser(ex: Executor, input: EnsureUserInput) {
  const existing = await repo.findUserByEmail(ex, input.email);
  if (existing) return { user: existing, created: false };
  if (!input.password) {
    throw new ValidationError("This email has no account yet: give an initial password.", [
      { path: "password", message: "required for a new account" },
    ]);
  }
  const user = {
    id: newId(),
    email: input.email,
    name: input.name?.normalize("NFC") ?? input.email.split("@")[0] ?? input.email,
    passwordHash: await hashPassword(input.password),
  };
  await repo.insertUser(ex, user);
  return { user, created: true };
}

/** Adds a user to a workspace with a role; a second membership of the same person is a conflict. */
export async function addMembership(
  ex: Executor,
  workspaceId: string,
  userId: string,
  role: Role,
  actor: AuditActor,
) {
  if (await repo.findMember(ex, workspaceId, userId)) {
    throw new ConflictError("This person is already a member of the workspace.", "member_exists");
  }
  await repo.insertMembership(ex, { workspaceId, id: newId(), userId, role });
  const member = await repo.findMember(ex, workspaceId, userId);
  await recordAudit(ex, workspaceId, actor, {
    action: "member.add",
    targetType: "member",
    targetId: userId,
    after: { email: member?.email, role },
  });
  return member;
}

/** Used by the CLI and provisioning: the workspace by slug, created when absent. */
export async function findOrCreateWorkspace(database: Database, nameOrSlug: string, actor: AuditActor) {
  const existing = await repo.findWorkspaceBySlug(database.db, slugify(nameOrSlug));
  if (existing) return { workspace: existing, created: false };
  const workspace = await database.transaction((tx) => createWorkspace(tx, nameOrSlug, actor));
  return { workspace, created: true };
}

/** A workspace by its slug, for public pages that name the workspace (the widget). */
export function findWorkspaceBySlugIn(ex: Executor, slug: string) {
  return repo.findWorkspaceBySlug(ex, slug);
}

/** The workspace's time zone (what local days and weeks mean in its analytics); undefined when no such workspace. */
export function findWorkspaceTimeZone(ex: Executor, workspaceId: string) {
  return repo.findWorkspaceTimeZone(ex, workspaceId);
}
