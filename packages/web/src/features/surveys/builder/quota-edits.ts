// The quotas of a definition as the builder edits them: a new quota, one quota changed or removed, and
// what changing a quota's action does to its ending.
import { allQuestions, type Condition, type SurveyDefinition } from "@touchpoint/core";
import { defaultCondition, hiddenFieldCondition } from "./condition-rules.ts";
import { numberedKey } from "./survey-keys.ts";

export type Quota = SurveyDefinition["quotas"][number];
export type QuotaAction = Quota["action"];

const START_LIMIT = 100;

/**
 * The condition a new quota starts from: quotas usually split respondents by a choice (branch, region, age
 * group), so the first single choice or dropdown question, else the first hidden field, else the first
 * question.
 */
function startCondition(definition: Pick<SurveyDefinition, "pages" | "hiddenFields">): Condition | null {
  const questions = allQuestions(definition);
  const choice = questions.find(
    (question) => question.type === "single_choice" || question.type === "dropdown",
  );
  if (choice) return defaultCondition(choice);
  const field = definition.hiddenFields[0];
  if (field) return hiddenFieldCondition(field.key);
  const first = questions[0];
  return first ? defaultCondition(first) : null;
}

/** A quota of 100 places that closes the survey when full, or null when there is nothing to look at. */
export function newQuota(
  definition: Pick<SurveyDefinition, "pages" | "hiddenFields" | "quotas">,
  name: string,
): Quota | null {
  const when = startCondition(definition);
  if (!when) return null;
  const id = numberedKey(
    "quota",
    definition.quotas.map((quota) => quota.id),
  );
  return { id, name, when, limit: START_LIMIT, action: "close" };
}

/** The quota with another action; an ending only means something to screen_out, so closing drops it. */
export function withAction(quota: Quota, action: QuotaAction): Quota {
  if (action === "screen_out") return { ...quota, action };
  const { ending: _dropped, ...rest } = quota;
  return { ...rest, action };
}

export function updateQuota(definition: SurveyDefinition, index: number, next: Quota): SurveyDefinition {
  return { ...definition, quotas: definition.quotas.map((quota, i) => (i === index ? next : quota)) };
}

export function removeQuota(definition: SurveyDefinition, index: number): SurveyDefinition {
  return { ...definition, quotas: definition.quotas.filter((_, i) => i !== index) };
}
