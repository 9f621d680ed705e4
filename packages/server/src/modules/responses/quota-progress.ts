// How full each quota of a survey is, for the builder: the survey's current quotas with their counts.
import type { QuotaProgress } from "@touchpoint/core";
import { getSurvey } from "../surveys/service.ts";
import { quotaCountsOf } from "./repo.ts";
import type { ResponsesDeps } from "./service.ts";

export async function quotaProgress(
  deps: ResponsesDeps,
  workspaceId: string,
  surveyId: string,
): Promise<QuotaProgress[]> {
  const survey = await getSurvey(deps, { workspaceId }, surveyId);
  const counts = new Map(
    (await quotaCountsOf(deps.database.db, workspaceId, surveyId)).map((row) => [row.quotaId, row.count]),
  );
  return survey.definition.quotas.map((quota) => {
    const count = counts.get(quota.id) ?? 0;
    return { id: quota.id, name: quota.name, limit: quota.limit, count, full: count >= quota.limit };
  });
}
