// First start: create the first workspace, its owner and optionally an owner API key, from the environment
// or from printed defaults. Later starts leave existing data alone.
import type { Config } from "../../platform/config.ts";
import type { Database } from "../../platform/db/database.ts";
import { createDefaultDashboard } from "../analytics/default-dashboard.ts";
import { insertApiKey } from "./api-keys.ts";
import { systemActor } from "./caller.ts";
import * as repo from "./repo.ts";
import { randomToken } from "./tokens.ts";
import { addMembership, createWorkspace, ensureUser } from "./workspaces.ts";

export interface ProvisionResult {
  created: boolean;
  workspaceSlug?: string;
  adminEmail?: string;
  /** Set only when the password was generated here and must be shown to the operator once. */
  generatedPassword?: string;
  apiKeyProvisioned?: boolean;
}

export const DEFAULT_ADMIN_EMAIL = "admin@touchpoint.local";

export async function provisionFirstWorkspace(
  database: Database,
  provisioning: Config["provisioning"],
): Promise<ProvisionResult> {
  if ((await repo.countWorkspaces(database.db)) > 0) return { created: false };
  const email = (provisioning.adminEmail ?? DEFAULT_ADMIN_EMAIL).trim().toLowerCase();
  const generatedPassword = provisioning.adminPassword ? undefined : randomToken(12);
  const password = provisioning.adminPassword ?? (generatedPassword as string);
  return database.transaction(async (tx) => {
    const workspace = await createWorkspace(tx, provisioning.workspaceName ?? "My workspace", systemActor);
    await createDefaultDashboard(tx, workspace.id, new Date());
    const { user } = await ensureUser(tx, { email, password, name: "Admin" });
    await addMembership(tx, workspace.id, user.id, "owner", systemActor);
    if (provisioning.apiKey) {
      await insertApiKey(
        tx,
        workspace.id,
        { name: "provisioned", role: "owner" },
        systemActor,
        null,
        provisioning.apiKey,
      );
    }
    return {
      created: true,
      workspaceSlug: workspace.slug,
      adminEmail: email,
      ...(generatedPassword ? { generatedPassword } : {}),
      apiKeyProvisioned: Boolean(provisioning.apiKey),
    };
  });
}
