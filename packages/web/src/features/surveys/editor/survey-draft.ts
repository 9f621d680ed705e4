// The builder's unsaved copy of a survey, and how it compares with what the server has.
import type { Survey, SurveyDefinition, UpdateSurveyInput } from "@touchpoint/core";

export interface SurveyDraft {
  name: string;
  definition: SurveyDefinition;
}

export const draftOf = (survey: Survey): SurveyDraft => ({
  name: survey.name,
  definition: survey.definition,
});

/** JSON with sorted keys and no undefined members: the server (and jsonb) may return keys in another order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_, member: unknown) =>
    member && typeof member === "object" && !Array.isArray(member)
      ? Object.fromEntries(Object.entries(member).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : member,
  );
}

/** Only what changed: sending an unchanged definition of a live survey would still create a version. */
export function changesOf(draft: SurveyDraft, saved: SurveyDraft): UpdateSurveyInput {
  const input: UpdateSurveyInput = {};
  if (draft.name !== saved.name) input.name = draft.name;
  if (canonicalJson(draft.definition) !== canonicalJson(saved.definition))
    input.definition = draft.definition;
  return input;
}
