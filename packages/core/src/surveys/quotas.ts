// Quotas: which of a survey's quotas a completed response falls into. Counting and closing are the server's job.
import type { SurveyDefinition } from "./definition.ts";
import { evaluateCondition, type LogicContext, walkSurvey } from "./logic.ts";

type Quota = SurveyDefinition["quotas"][number];

/** The quotas whose condition holds; answers to questions the respondent was not shown do not count. */
export function matchingQuotas(
  definition: Pick<SurveyDefinition, "pages" | "quotas">,
  ctx: LogicContext,
): Quota[] {
  const { visibleQuestions } = walkSurvey(definition, ctx);
  const answers = Object.fromEntries(
    visibleQuestions.filter((id) => Object.hasOwn(ctx.answers, id)).map((id) => [id, ctx.answers[id]]),
  );
  return definition.quotas.filter((quota) => evaluateCondition(quota.when, { ...ctx, answers }));
}
