// Touchpoint's own survey file: the definition wrapped with a format marker and a version, so a survey can be
// exported from one workspace and imported into another unchanged.
import { type SurveyDefinition, surveyDefinitionSchema } from "../definition.ts";
import type { ImportResult } from "./import-result.ts";
import { SurveyImportError } from "./import-result.ts";

export const TOUCHPOINT_FORMAT = "touchpoint-survey";
export const TOUCHPOINT_FORMAT_VERSION = 1;

export function exportSurveyDefinition(name: string, definition: SurveyDefinition): string {
  return `${JSON.stringify({ format: TOUCHPOINT_FORMAT, version: TOUCHPOINT_FORMAT_VERSION, name, definition }, null, 2)}\n`;
}

export function importTouchpointSurvey(json: string): ImportResult {
  let file: unknown;
  try {
    file = JSON.parse(json);
  } catch (error) {
    throw new SurveyImportError(
      "touchpoint",
      `Not a Touchpoint survey file: the JSON cannot be read (${String(error)})`,
    );
  }
  if (typeof file !== "object" || file === null || !("format" in file) || file.format !== TOUCHPOINT_FORMAT) {
    throw new SurveyImportError(
      "touchpoint",
      `Not a Touchpoint survey file: "format" is not "${TOUCHPOINT_FORMAT}"`,
    );
  }
  const { version, name, definition } = file as { version?: unknown; name?: unknown; definition?: unknown };
  if (version !== TOUCHPOINT_FORMAT_VERSION) {
    throw new SurveyImportError(
      "touchpoint",
      `Touchpoint survey file version ${String(version)} is not supported (expected ${TOUCHPOINT_FORMAT_VERSION})`,
    );
  }
  const parsed = surveyDefinitionSchema.safeParse(definition);
  if (!parsed.success) {
    throw new SurveyImportError(
      "touchpoint",
      "The survey in this Touchpoint file is not valid",
      parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`),
    );
  }
  const title = parsed.data.title[parsed.data.defaultLanguage] ?? "Imported survey";
  return {
    name: typeof name === "string" && name.trim() ? name : title,
    definition: parsed.data,
    unmapped: [],
    warnings: [],
    questionIds: {},
  };
}
