// Quotas at the moment a response completes: a response that fits a quota takes a place in it; once a quota
// is full, its survey closes (action "close") or further matching respondents are screened out.
import { matchingQuotas, type Survey } from "@touchpoint/core";
import type { Tx } from "../../platform/db/database.ts";
import { DomainError } from "../../platform/errors.ts";
import { closeSurveyForQuota } from "../surveys/service.ts";
import * as repo from "./repo.ts";

export interface QuotaOutcome {
  status: "completed" | "screened_out";
  ending: string | null;
}

class ScreenedOut extends Error {
  readonly ending: string | null;
  constructor(ending: string | null) {
    super("screened out");
    this.ending = ending;
  }
}

/**
 * Decides what a completed response becomes under the survey's quotas, inside the storing transaction.
 * Places are taken in a savepoint: a respondent screened out by one quota must not hold places in others.
 */
export async function applyQuotas(
  tx: Tx,
  workspaceId: string,
  survey: Pick<Survey, "id" | "definition">,
  response: {
    answers: Record<string, unknown>;
    hidden: Record<string, string>;
    customer: Record<string, unknown>;
  },
  ending: string | null,
): Promise<QuotaOutcome> {
  const quotas = matchingQuotas(survey.definition, response);
  if (quotas.length === 0) return { status: "completed", ending };
  try {
    return await tx.transaction(async (savepoint) => {
      for (const quota of quotas) {
        const count = await repo.takeQuotaPlace(savepoint, workspaceId, survey.id, quota.id, quota.limit);
        if (count !== null) {
          if (quota.action === "close" && count >= quota.limit) {
            await closeSurveyForQuota(savepoint, workspaceId, survey.id, quota.name);
          }
        } else if (quota.action === "close") {
          throw new DomainError(410, "survey_closed", "This survey has reached its quota and is closed.");
        } else {
          throw new ScreenedOut(quota.ending ?? survey.definition.endings[0]?.id ?? null);
        }
      }
      return { status: "completed" as const, ending };
    });
  } catch (error) {
    if (error instanceof ScreenedOut) return { status: "screened_out", ending: error.ending };
    throw error;
  }
}
