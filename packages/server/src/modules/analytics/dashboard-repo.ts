// The SQL of saved dashboards: one row each, its global filters, widgets and note in one jsonb definition.
import type { Dashboard, DashboardSummary } from "@touchpoint/core";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { Executor } from "../../platform/db/database.ts";
import { analyticsDashboards } from "./dashboard-schema.ts";

type DashboardRow = typeof analyticsDashboards.$inferSelect;
export type DashboardDefinition = Pick<Dashboard, "globalFilters" | "widgets" | "note">;
export type DashboardContent = DashboardDefinition & Pick<Dashboard, "name" | "team">;

const byId = (workspaceId: string, id: string) =>
  and(eq(analyticsDashboards.workspaceId, workspaceId), eq(analyticsDashboards.id, id));

const summaryOf = (row: DashboardRow): DashboardSummary => ({
  id: row.id,
  name: row.name,
  team: row.team,
  isDefault: row.isDefault,
  createdBy: row.createdBy,
  updatedAt: row.updatedAt.toISOString(),
  version: row.version,
});

function toDashboard(row: DashboardRow): Dashboard {
  const definition = row.definition as DashboardDefinition;
  return {
    ...summaryOf(row),
    note: definition.note ?? null,
    globalFilters: definition.globalFilters,
    widgets: definition.widgets,
    createdAt: row.createdAt.toISOString(),
  };
}

const definitionOf = ({ globalFilters, widgets, note }: DashboardDefinition) => ({
  globalFilters,
  widgets,
  note,
});

/** Returns false when the row was not written: a second default of the workspace (another request won). */
export async function insertDashboard(
  ex: Executor,
  row: {
    workspaceId: string;
    id: string;
    content: DashboardContent;
    isDefault: boolean;
    createdBy: string;
    now: Date;
  },
) {
  const inserted = await ex
    .insert(analyticsDashboards)
    .values({
      workspaceId: row.workspaceId,
      id: row.id,
      name: row.content.name,
      team: row.content.team,
      definition: definitionOf(row.content),
      isDefault: row.isDefault,
      createdBy: row.createdBy,
      createdAt: row.now,
      updatedAt: row.now,
    })
    .onConflictDoNothing()
    .returning({ id: analyticsDashboards.id });
  return inserted.length > 0;
}

/** Writes only over `version`; returns the new row, or undefined when the dashboard has moved on (or is gone). */
export async function updateDashboard(
  ex: Executor,
  workspaceId: string,
  id: string,
  version: number,
  content: DashboardContent,
  now: Date,
) {
  const [row] = await ex
    .update(analyticsDashboards)
    .set({
      name: content.name,
      team: content.team,
      definition: definitionOf(content),
      version: sql`${analyticsDashboards.version} + 1`,
      updatedAt: now,
    })
    .where(and(byId(workspaceId, id), eq(analyticsDashboards.version, version)))
    .returning();
  return row ? toDashboard(row) : undefined;
}

export async function deleteDashboard(ex: Executor, workspaceId: string, id: string) {
  await ex.delete(analyticsDashboards).where(byId(workspaceId, id));
}

export async function findDashboard(ex: Executor, workspaceId: string, id: string) {
  const [row] = await ex.select().from(analyticsDashboards).where(byId(workspaceId, id));
  return row ? toDashboard(row) : undefined;
}

export async function findDefaultDashboard(ex: Executor, workspaceId: string) {
  const [row] = await ex
    .select()
    .from(analyticsDashboards)
    .where(and(eq(analyticsDashboards.workspaceId, workspaceId), eq(analyticsDashboards.isDefault, true)));
  return row ? toDashboard(row) : undefined;
}

/** The default first, then by name; with a team, only that team's dashboards. */
export async function listDashboards(ex: Executor, workspaceId: string, team?: string) {
  const rows = await ex
    .select()
    .from(analyticsDashboards)
    .where(
      and(
        eq(analyticsDashboards.workspaceId, workspaceId),
        team === undefined ? undefined : eq(analyticsDashboards.team, team),
      ),
    )
    .orderBy(desc(analyticsDashboards.isDefault), asc(analyticsDashboards.name), asc(analyticsDashboards.id));
  return rows.map(summaryOf);
}
