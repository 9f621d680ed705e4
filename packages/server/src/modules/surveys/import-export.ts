// Survey definitions in and out: import from SurveyJS, Qualtrics, LimeSurvey or Touchpoint's own JSON as a
// new draft, and export as Touchpoint JSON that re-imports unchanged.
import {
  exportSurveyDefinition,
  importSurveyDefinition,
  SurveyImportError,
  type UnmappedItem,
} from "@touchpoint/core";
import { DomainError } from "../../platform/errors.ts";
import type { Caller } from "../platform/caller.ts";
import { createSurvey, getSurvey, type SurveysDeps } from "./service.ts";

export async function importSurvey(deps: SurveysDeps, caller: Caller, fileName: string, content: string) {
  let imported: ReturnType<typeof importSurveyDefinition>;
  try {
    imported = importSurveyDefinition(fileName, content);
  } catch (error) {
    if (!(error instanceof SurveyImportError)) throw error;
    throw new DomainError(422, "survey_import_failed", error.message, {
      errors: error.details.map((detail) => ({ path: "content", message: detail })),
    });
  }
  const survey = await createSurvey(deps, caller, {
    name: imported.name.slice(0, 200),
    definition: imported.definition,
  });
  return { survey, unmapped: imported.unmapped as UnmappedItem[], warnings: imported.warnings };
}

export async function exportSurvey(deps: SurveysDeps, caller: Caller, id: string) {
  const survey = await getSurvey(deps, caller, id);
  return {
    fileName: `${survey.slug}.touchpoint.json`,
    content: exportSurveyDefinition(survey.name, survey.definition),
  };
}
