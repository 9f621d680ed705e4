// The SQL of personas: each stored as its content (the PersonaInput, defaults filled) with its times.
import type { Persona } from "@touchpoint/core";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Executor } from "../../platform/db/database.ts";
import { personas } from "./schema.ts";

type PersonaRow = typeof personas.$inferSelect;
/** A persona's content as validated: the defaults of goals, needs, pains and segmentIds filled in. */
export type PersonaContent = Omit<Persona, "id" | "createdAt" | "updatedAt">;

const byId = (workspaceId: string, id: string) =>
  and(eq(personas.workspaceId, workspaceId), eq(personas.id, id));

function toPersona(row: PersonaRow): Persona {
  return {
    ...(row.content as PersonaContent),
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function insertPersona(
  ex: Executor,
  row: { workspaceId: string; id: string; content: PersonaContent; now: Date },
) {
  const { now, ...values } = row;
  await ex.insert(personas).values({ ...values, createdAt: now, updatedAt: now });
}

export async function updatePersona(
  ex: Executor,
  workspaceId: string,
  id: string,
  content: PersonaContent,
  now: Date,
) {
  await ex.update(personas).set({ content, updatedAt: now }).where(byId(workspaceId, id));
}

export async function deletePersona(ex: Executor, workspaceId: string, id: string) {
  await ex.delete(personas).where(byId(workspaceId, id));
}

export async function findPersona(ex: Executor, workspaceId: string, id: string, forUpdate = false) {
  const query = ex.select().from(personas).where(byId(workspaceId, id));
  const [row] = forUpdate ? await query.for("update") : await query;
  return row ? toPersona(row) : undefined;
}

/** The workspace's personas, oldest first; with a segment id, those that stand for that segment. */
export async function listPersonas(ex: Executor, workspaceId: string, segmentId?: string) {
  const rows = await ex
    .select()
    .from(personas)
    .where(
      and(
        eq(personas.workspaceId, workspaceId),
        segmentId === undefined
          ? undefined
          : sql`(${personas.content} -> 'segmentIds') @> jsonb_build_array(${segmentId}::text)`,
      ),
    )
    .orderBy(asc(personas.createdAt), asc(personas.id));
  return rows.map(toPersona);
}
