// Demo data for trying Touchpoint: a Vietnamese bank workspace with one member per role. Feature modules
// add their own steps here (surveys, customers, responses) as they arrive. Running it twice changes nothing.
import { ROLES, type Role } from "@touchpoint/core";
import { systemActor } from "../modules/platform/caller.ts";
import * as repo from "../modules/platform/repo.ts";
import { addMembership, ensureUser, findOrCreateWorkspace } from "../modules/platform/workspaces.ts";
import type { Database } from "../platform/db/database.ts";
import type { Progress } from "../platform/progress.ts";

export const DEMO_WORKSPACE = "Ngân hàng Demo";
export const DEMO_PASSWORD = "touchpoint-demo";
export const demoEmail = (role: Role) => `${role}@demo.touchpoint.local`;

const DEMO_NAMES: Record<Role, string> = {
  owner: "Nguyễn Thị Lan",
  admin: "Trần Văn Minh",
  analyst: "Lê Hoàng Anh",
  agent: "Phạm Thu Hà",
  viewer: "Võ Quốc Bảo",
};

export function printDemoLogins(slug: string, print: (line: string) => void) {
  const logins = ROLES.map(demoEmail).join(", ");
  print(`Demo workspace "${slug}": log in as ${logins} with the password ${DEMO_PASSWORD}`);
}

export async function seedDemo(database: Database, progress: Progress) {
  progress.start(1 + ROLES.length);
  const { workspace } = await findOrCreateWorkspace(database, DEMO_WORKSPACE, systemActor);
  progress.advance("workspace");
  for (const role of ROLES) {
    await database.transaction(async (tx) => {
      const { user } = await ensureUser(tx, {
        email: demoEmail(role),
        password: DEMO_PASSWORD,
        name: DEMO_NAMES[role],
      });
      if (!(await repo.findMember(tx, workspace.id, user.id))) {
        await addMembership(tx, workspace.id, user.id, role, systemActor);
      }
    });
    progress.advance(`member ${role}`);
  }
  progress.stop();
  return workspace;
}
