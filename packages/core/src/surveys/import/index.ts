// Survey import: recognises a file (Touchpoint's own export, SurveyJS JSON, Qualtrics .qsf, LimeSurvey
// .lss/.lsg) and converts it to a Touchpoint survey definition. Pure functions over the file's text.
import { type ImportResult, type SurveyFormat, SurveyImportError } from "./import-result.ts";
import { importLimeSurveyLss } from "./limesurvey-lss.ts";
import { importQualtricsQsf } from "./qualtrics-qsf.ts";
import { importSurveyJs } from "./surveyjs.ts";
import { importTouchpointSurvey, TOUCHPOINT_FORMAT } from "./touchpoint-format.ts";

export type { ImportResult, SurveyFormat, UnmappedItem } from "./import-result.ts";
export { SurveyImportError } from "./import-result.ts";
// Response importers match columns to the keys a survey import derived, so they need the same rules.
export { toKey } from "./keys.ts";
export { normalizeLanguage } from "./language-codes.ts";
export { importLimeSurveyLss } from "./limesurvey-lss.ts";
export { importQualtricsQsf } from "./qualtrics-qsf.ts";
export { importSurveyJs, type SurveyJsImportOptions } from "./surveyjs.ts";
export { exportSurveyDefinition } from "./touchpoint-format.ts";

const BY_EXTENSION: Record<string, SurveyFormat> = { qsf: "qualtrics", lss: "limesurvey", lsg: "limesurvey" };

/** The format by content first, then by extension (so a broken .qsf still gets Qualtrics' error message). */
export function detectSurveyFormat(fileName: string, text: string): SurveyFormat | null {
  const extension = fileName.toLowerCase().split(".").pop() ?? "";
  const start = text.trimStart();
  if (start.startsWith("<")) {
    return /<LimeSurveyDocType>/.test(start.slice(0, 2000))
      ? "limesurvey"
      : (BY_EXTENSION[extension] ?? null);
  }
  const json = parseObject(start);
  if (json) {
    if (json.format === TOUCHPOINT_FORMAT) return "touchpoint";
    if ("SurveyEntry" in json && "SurveyElements" in json) return "qualtrics";
    if (Array.isArray(json.pages) || Array.isArray(json.elements) || Array.isArray(json.questions))
      return "surveyjs";
  }
  return BY_EXTENSION[extension] ?? null;
}

export function importSurveyDefinition(fileName: string, text: string): ImportResult {
  const format = detectSurveyFormat(fileName, text);
  const fallbackName = baseName(fileName);
  switch (format) {
    case "touchpoint":
      return importTouchpointSurvey(text);
    case "surveyjs":
      return importSurveyJs(text, { fallbackName });
    case "qualtrics":
      return importQualtricsQsf(text, { fallbackName });
    case "limesurvey":
      return importLimeSurveyLss(text, { fallbackName });
    case null:
      throw new SurveyImportError(
        null,
        `"${fileName}" is not a survey file Touchpoint can import: expected a Touchpoint export, SurveyJS JSON, Qualtrics .qsf or LimeSurvey .lss/.lsg`,
      );
  }
}

function parseObject(text: string): Record<string, unknown> | undefined {
  if (!text.startsWith("{")) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    // Not JSON: the extension decides, and that format's importer explains what is wrong.
    return undefined;
  }
}

function baseName(fileName: string): string {
  const last = fileName.split(/[\\/]/).pop() ?? fileName;
  return last.replace(/\.[^.]+$/, "") || last;
}
