// Use cases of saved dashboards: list (the default created on first sight), read, create, replace against
// a version, duplicate and delete, each change audited. Every member reads every dashboard of the workspace
// (a link to /dashboards/:id is how one is shared); there is no public sharing.
import type {
  Dashboard,
  dashboardDuplicateSchema,
  dashboardInputSchema,
  dashboardUpdateSchema,
} from "@touchpoint/core";
import type { z } from "zod";
import { ConflictError, NotFoundError } from "../../platform/errors.ts";
import { newId } from "../../platform/ids.ts";
import { recordAudit } from "../platform/audit.ts";
import { actorOf, type Caller } from "../platform/caller.ts";
import { checkWidgets } from "./dashboard-checks.ts";
import * as repo from "./dashboard-repo.ts";
import { ensureDefaultDashboard } from "./default-dashboard.ts";
import type { AnalyticsDeps } from "./filters.ts";

type DashboardInput = z.output<typeof dashboardInputSchema>;
type DashboardUpdate = z.output<typeof dashboardUpdateSchema>;
type DashboardDuplicate = z.output<typeof dashboardDuplicateSchema>;

const contentOf = (input: DashboardInput, note: string | null = null): repo.DashboardContent => ({
  name: input.name,
  team: input.team,
  globalFilters: input.globalFilters,
  widgets: input.widgets,
  note,
});

export async function listDashboards(
  deps: AnalyticsDeps,
  caller: Caller,
  query: { team?: string | undefined },
) {
  await ensureDefaultDashboard(deps, caller);
  return repo.listDashboards(deps.database.db, caller.workspaceId, query.team);
}

export async function getDashboard(deps: AnalyticsDeps, caller: Caller, id: string): Promise<Dashboard> {
  const dashboard = await repo.findDashboard(deps.database.db, caller.workspaceId, id);
  if (!dashboard) throw new NotFoundError("Dashboard");
  return dashboard;
}

async function insert(deps: AnalyticsDeps, caller: Caller, content: repo.DashboardContent, action: string) {
  const id = newId();
  await deps.database.transaction(async (tx) => {
    await repo.insertDashboard(tx, {
      workspaceId: caller.workspaceId,
      id,
      content,
      isDefault: false,
      createdBy: caller.label,
      now: deps.clock.now(),
    });
    await recordAudit(tx, caller.workspaceId, actorOf(caller), {
      action,
      targetType: "dashboard",
      targetId: id,
      after: { name: content.name, team: content.team, widgets: content.widgets.length },
    });
  });
  return getDashboard(deps, caller, id);
}

export async function createDashboard(deps: AnalyticsDeps, caller: Caller, input: DashboardInput) {
  await checkWidgets(deps, caller.workspaceId, input.widgets);
  return insert(deps, caller, contentOf(input), "dashboard.create");
}

export async function duplicateDashboard(
  deps: AnalyticsDeps,
  caller: Caller,
  id: string,
  input: DashboardDuplicate,
) {
  const source = await getDashboard(deps, caller, id);
  const content = {
    ...source,
    name: input.name ?? `${source.name} (copy)`,
    team: input.team === undefined ? source.team : input.team,
  };
  return insert(deps, caller, content, "dashboard.duplicate");
}

/** A replacement made against the version the editor read; a later version wins and this one is a 409. */
export async function updateDashboard(
  deps: AnalyticsDeps,
  caller: Caller,
  id: string,
  input: DashboardUpdate,
) {
  const before = await getDashboard(deps, caller, id);
  await checkWidgets(deps, caller.workspaceId, input.widgets);
  return deps.database.transaction(async (tx) => {
    // The note explains an empty default; once someone edits it, it is theirs.
    const content = contentOf(input, input.widgets.length > 0 ? null : before.note);
    const after = await repo.updateDashboard(
      tx,
      caller.workspaceId,
      id,
      input.version,
      content,
      deps.clock.now(),
    );
    if (!after) {
      throw new ConflictError(
        `The dashboard was changed by someone else (version ${input.version} is no longer current): reload it and apply your changes again.`,
        "version_conflict",
      );
    }
    await recordAudit(tx, caller.workspaceId, actorOf(caller), {
      action: "dashboard.update",
      targetType: "dashboard",
      targetId: id,
      before: { name: before.name, team: before.team, version: before.version },
      after: { name: after.name, team: after.team, version: after.version, widgets: after.widgets.length },
    });
    return after;
  });
}

export async function deleteDashboard(deps: AnalyticsDeps, caller: Caller, id: string) {
  const dashboard = await getDashboard(deps, caller, id);
  if (dashboard.isDefault) {
    throw new ConflictError("The workspace's default dashboard cannot be deleted.", "default_dashboard");
  }
  await deps.database.transaction(async (tx) => {
    await repo.deleteDashboard(tx, caller.workspaceId, id);
    await recordAudit(tx, caller.workspaceId, actorOf(caller), {
      action: "dashboard.delete",
      targetType: "dashboard",
      targetId: id,
      before: { name: dashboard.name, team: dashboard.team },
    });
  });
}
