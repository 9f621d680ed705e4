// Workspace members and their roles, with the rules that keep a workspace governable.
import { type AddMemberInput, canGrant, type Member, type Role } from "@touchpoint/core";
import { ConflictError, ForbiddenError, NotFoundError } from "../../platform/errors.ts";
import { recordAudit } from "./audit.ts";
import type { PlatformDeps } from "./auth.ts";
import { actorOf, type Caller } from "./caller.ts";
import * as repo from "./repo.ts";
import { addMembership, ensureUser } from "./workspaces.ts";

export function listMembers(deps: PlatformDeps, caller: Caller): Promise<Member[]> {
  return repo.listMembers(deps.database.db, caller.workspaceId);
}

function assertCanGrant(caller: Caller, role: Role) {
  if (!canGrant(caller.role, role))
    throw new ForbiddenError(`A ${caller.role} cannot grant the ${role} role.`);
}

export async function addMember(deps: PlatformDeps, caller: Caller, input: AddMemberInput): Promise<Member> {
  assertCanGrant(caller, input.role);
  return deps.database.transaction(async (tx) => {
    const { user } = await ensureUser(tx, input);
    const member = await addMembership(tx, caller.workspaceId, user.id, input.role, actorOf(caller));
    if (!member) throw new Error("membership vanished inside its own transaction");
    return member;
  });
}

export async function changeMemberRole(deps: PlatformDeps, caller: Caller, userId: string, role: Role) {
  return deps.database.transaction(async (tx) => {
    const member = await repo.findMember(tx, caller.workspaceId, userId);
    if (!member) throw new NotFoundError("Member");
    assertCanGrant(caller, role);
    assertCanGrant(caller, member.role);
    if (member.role === "owner" && role !== "owner") await assertAnotherOwner(tx, caller.workspaceId);
    await repo.updateMemberRole(tx, caller.workspaceId, userId, role);
    await recordAudit(tx, caller.workspaceId, actorOf(caller), {
      action: "member.role_change",
      targetType: "member",
      targetId: userId,
      before: { role: member.role },
      after: { role },
    });
    return { ...member, role };
  });
}

export async function removeMember(deps: PlatformDeps, caller: Caller, userId: string) {
  await deps.database.transaction(async (tx) => {
    const member = await repo.findMember(tx, caller.workspaceId, userId);
    if (!member) throw new NotFoundError("Member");
    assertCanGrant(caller, member.role);
    if (member.role === "owner") await assertAnotherOwner(tx, caller.workspaceId);
    await repo.deleteMember(tx, caller.workspaceId, userId);
    await recordAudit(tx, caller.workspaceId, actorOf(caller), {
      action: "member.remove",
      targetType: "member",
      targetId: userId,
      before: { email: member.email, role: member.role },
    });
  });
}

async function assertAnotherOwner(ex: Parameters<typeof repo.countOwners>[0], workspaceId: string) {
  if ((await repo.countOwners(ex, workspaceId)) < 2) {
    throw new ConflictError(
      "A workspace needs at least one owner: make someone else owner first.",
      "last_owner",
    );
  }
}
