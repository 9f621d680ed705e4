// The only SQL of the surveys module.
import type { Survey, SurveyDefinition, SurveyStatus, SurveySummary } from "@touchpoint/core";
import { pickText } from "@touchpoint/core";
import { and, desc, eq, lt, sql } from "drizzle-orm";
import type { Executor } from "../../platform/db/database.ts";
import { newId } from "../../platform/ids.ts";
import { surveys, surveyVersions } from "./schema.ts";

type SurveyRow = typeof surveys.$inferSelect;

const toSummary = (row: SurveyRow, definition: SurveyDefinition): SurveySummary => ({
  id: row.id,
  slug: row.slug,
  name: row.name,
  status: row.status as SurveyStatus,
  version: row.currentVersion,
  responseCount: row.responseCount,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
  title: pickText(definition.title, definition.defaultLanguage, definition.defaultLanguage),
  languages: definition.languages,
});

const toSurvey = (row: SurveyRow, definition: SurveyDefinition): Survey => {
  const { title: _title, languages: _languages, ...rest } = toSummary(row, definition);
  return { ...rest, definition };
};

const withCurrentDefinition = (workspaceId: string) =>
  and(
    eq(surveyVersions.workspaceId, workspaceId),
    eq(surveyVersions.surveyId, surveys.id),
    eq(surveyVersions.version, surveys.currentVersion),
  );

export async function insertSurvey(
  ex: Executor,
  row: { workspaceId: string; id: string; slug: string; name: string; definition: SurveyDefinition },
) {
  await ex
    .insert(surveys)
    .values({ workspaceId: row.workspaceId, id: row.id, slug: row.slug, name: row.name });
  await insertVersion(ex, row.workspaceId, row.id, 1, row.definition);
}

export async function insertVersion(
  ex: Executor,
  workspaceId: string,
  surveyId: string,
  version: number,
  definition: SurveyDefinition,
) {
  await ex.insert(surveyVersions).values({ workspaceId, id: newId(), surveyId, version, definition });
}

export async function slugTaken(ex: Executor, slug: string): Promise<boolean> {
  const [row] = await ex.select({ id: surveys.id }).from(surveys).where(eq(surveys.slug, slug));
  return Boolean(row);
}

/** `forUpdate` locks the survey row so status changes and edits serialise. */
export async function findSurvey(
  ex: Executor,
  workspaceId: string,
  id: string,
  options: { forUpdate?: boolean } = {},
) {
  const query = ex
    .select({ survey: surveys, definition: surveyVersions.definition })
    .from(surveys)
    .innerJoin(surveyVersions, withCurrentDefinition(workspaceId))
    .where(and(eq(surveys.workspaceId, workspaceId), eq(surveys.id, id)));
  const [row] = options.forUpdate ? await query.for("update", { of: surveys }) : await query;
  return row && toSurvey(row.survey, row.definition as SurveyDefinition);
}

/** What decides whether a survey takes responses, and against which version: no definition to read. */
export async function findSurveyState(ex: Executor, workspaceId: string, id: string) {
  const [row] = await ex
    .select({ status: surveys.status, version: surveys.currentVersion })
    .from(surveys)
    .where(and(eq(surveys.workspaceId, workspaceId), eq(surveys.id, id)));
  return row && { status: row.status as SurveyStatus, version: row.version };
}

/** A survey by its public slug, for the hosted page and the widget; the workspace comes from the row. */
export async function findSurveyBySlug(ex: Executor, slug: string) {
  const [row] = await ex.select().from(surveys).where(eq(surveys.slug, slug));
  if (!row) return undefined;
  const survey = await findSurvey(ex, row.workspaceId, row.id);
  return survey && { workspaceId: row.workspaceId, survey };
}

export async function findDefinition(ex: Executor, workspaceId: string, surveyId: string, version: number) {
  const [row] = await ex
    .select({ definition: surveyVersions.definition })
    .from(surveyVersions)
    .where(
      and(
        eq(surveyVersions.workspaceId, workspaceId),
        eq(surveyVersions.surveyId, surveyId),
        eq(surveyVersions.version, version),
      ),
    );
  return row?.definition as SurveyDefinition | undefined;
}

/** Newest first, cursor = id of the last survey of the previous page. */
export async function listSurveys(
  ex: Executor,
  workspaceId: string,
  page: { cursor?: string | undefined; limit: number; status?: SurveyStatus | undefined },
) {
  const rows = await ex
    .select({ survey: surveys, definition: surveyVersions.definition })
    .from(surveys)
    .innerJoin(surveyVersions, withCurrentDefinition(workspaceId))
    .where(
      and(
        eq(surveys.workspaceId, workspaceId),
        page.cursor ? lt(surveys.id, page.cursor) : undefined,
        page.status ? eq(surveys.status, page.status) : undefined,
      ),
    )
    .orderBy(desc(surveys.id))
    .limit(page.limit + 1);
  const items = rows
    .slice(0, page.limit)
    .map((row) => toSummary(row.survey, row.definition as SurveyDefinition));
  return { items, nextCursor: rows.length > page.limit ? (items.at(-1)?.id ?? null) : null };
}

export async function updateSurvey(
  ex: Executor,
  workspaceId: string,
  id: string,
  changes: { name?: string; status?: SurveyStatus; currentVersion?: number },
) {
  await ex
    .update(surveys)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(and(eq(surveys.workspaceId, workspaceId), eq(surveys.id, id)));
}

export async function replaceDefinition(
  ex: Executor,
  workspaceId: string,
  surveyId: string,
  version: number,
  definition: SurveyDefinition,
) {
  await ex
    .update(surveyVersions)
    .set({ definition })
    .where(
      and(
        eq(surveyVersions.workspaceId, workspaceId),
        eq(surveyVersions.surveyId, surveyId),
        eq(surveyVersions.version, version),
      ),
    );
}

export async function deleteSurvey(ex: Executor, workspaceId: string, id: string) {
  await ex
    .delete(surveyVersions)
    .where(and(eq(surveyVersions.workspaceId, workspaceId), eq(surveyVersions.surveyId, id)));
  await ex.delete(surveys).where(and(eq(surveys.workspaceId, workspaceId), eq(surveys.id, id)));
}

export async function incrementResponseCount(ex: Executor, workspaceId: string, id: string, by: number) {
  await ex
    .update(surveys)
    .set({ responseCount: sql`${surveys.responseCount} + ${by}` })
    .where(and(eq(surveys.workspaceId, workspaceId), eq(surveys.id, id)));
}

export async function listLiveWidgetSurveys(ex: Executor, workspaceId: string): Promise<Survey[]> {
  const rows = await ex
    .select({ survey: surveys, definition: surveyVersions.definition })
    .from(surveys)
    .innerJoin(
      surveyVersions,
      and(
        eq(surveyVersions.workspaceId, surveys.workspaceId),
        eq(surveyVersions.surveyId, surveys.id),
        eq(surveyVersions.version, surveys.currentVersion),
      ),
    )
    .where(
      and(
        eq(surveys.workspaceId, workspaceId),
        eq(surveys.status, "live"),
        sql`(${surveyVersions.definition} -> 'widget' ->> 'enabled')::boolean is true`,
      ),
    )
    .orderBy(desc(surveys.id))
    .limit(50);
  return rows.map((row) => toSurvey(row.survey, row.definition as SurveyDefinition));
}
