// Recognising survey files and importing them by format, and the round trip of Touchpoint's own export.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { surveyDefinitionSchema } from "../definition.ts";
import { exampleNpsSurvey } from "../examples.ts";
import {
  detectSurveyFormat,
  exportSurveyDefinition,
  importSurveyDefinition,
  SurveyImportError,
} from "./index.ts";

const dir = fileURLToPath(new URL("../../../../../../shared/data/survey-formats/", import.meta.url));

/** Every survey definition file of the shared set (responses, CSVs and the JSON Schema left out). */
function realFiles(): string[] {
  const folders = ["surveyjs/mit-docs-examples", "surveyjs/cc-by-nc-demo", "qualtrics", "limesurvey"];
  return folders.flatMap((folder) =>
    readdirSync(`${dir}${folder}`)
      .filter((file) => /\.(json|qsf|lss|lsg)$/.test(file) && !file.endsWith(".results.json"))
      .map((file) => `${folder}/${file}`),
  );
}

describe("detectSurveyFormat", () => {
  it("recognises each format by its content", () => {
    expect(detectSurveyFormat("a.json", '{"format":"touchpoint-survey","version":1}')).toBe("touchpoint");
    expect(detectSurveyFormat("a.json", '{"SurveyEntry":{},"SurveyElements":[]}')).toBe("qualtrics");
    expect(detectSurveyFormat("a.txt", '{"pages":[]}')).toBe("surveyjs");
    expect(
      detectSurveyFormat(
        "a.xml",
        "<?xml version='1.0'?><document><LimeSurveyDocType>Survey</LimeSurveyDocType>",
      ),
    ).toBe("limesurvey");
  });

  it("falls back on the extension for broken files and gives up on anything else", () => {
    expect(detectSurveyFormat("broken.qsf", "{ not json")).toBe("qualtrics");
    expect(detectSurveyFormat("broken.lss", "<document>")).toBe("limesurvey");
    expect(detectSurveyFormat("notes.json", '{"hello": "world"}')).toBeNull();
    expect(detectSurveyFormat("report.pdf", "%PDF-1.7")).toBeNull();
  });
});

describe("importSurveyDefinition", () => {
  it("round-trips Touchpoint's own export to the identical definition", () => {
    const definition = surveyDefinitionSchema.parse(exampleNpsSurvey());
    const file = exportSurveyDefinition("Relationship NPS", definition);
    expect(JSON.parse(file)).toMatchObject({
      format: "touchpoint-survey",
      version: 1,
      name: "Relationship NPS",
    });
    const result = importSurveyDefinition("relationship-nps.json", file);
    expect(result.definition).toEqual(definition);
    expect(result).toMatchObject({ name: "Relationship NPS", unmapped: [], warnings: [] });
  });

  it("refuses a Touchpoint file of another version or with an invalid definition", () => {
    const definition = surveyDefinitionSchema.parse(exampleNpsSurvey());
    const newer = JSON.stringify({ format: "touchpoint-survey", version: 2, name: "x", definition });
    expect(() => importSurveyDefinition("x.json", newer)).toThrow(/version 2/);
    const broken = JSON.stringify({
      format: "touchpoint-survey",
      version: 1,
      name: "x",
      definition: { ...definition, pages: [] },
    });
    expect(() => importSurveyDefinition("x.json", broken)).toThrow(SurveyImportError);
  });

  it("names a survey without a title after its file", () => {
    const result = importSurveyDefinition(
      "uploads/Store visit.json",
      '{"elements":[{"type":"comment","name":"c"}]}',
    );
    expect(result.name).toBe("Store visit");
    expect(result.definition.title).toEqual({ en: "Store visit" });
  });

  it("throws a SurveyImportError naming the accepted formats for an unknown file", () => {
    expect(() => importSurveyDefinition("notes.txt", "hello")).toThrow(
      /SurveyJS JSON, Qualtrics .qsf or LimeSurvey/,
    );
  });
});

describe.skipIf(!existsSync(dir))("importSurveyDefinition on every real file", () => {
  it("detects each file's format and returns definitions that pass surveyDefinitionSchema", () => {
    const outcomes = realFiles().map((file) => {
      const text = readFileSync(`${dir}${file}`, "utf8");
      const format = detectSurveyFormat(file, text);
      try {
        const { definition } = importSurveyDefinition(file, text);
        return { file, format, valid: surveyDefinitionSchema.safeParse(definition).success };
      } catch (error) {
        if (!(error instanceof SurveyImportError)) throw error;
        return { file, format, valid: false, refused: error.message };
      }
    });
    expect(outcomes.map((outcome) => outcome.format)).not.toContain(null);
    // Only the file made wholly of a dynamic matrix and a dynamic panel has nothing Touchpoint can hold.
    expect(outcomes.filter((outcome) => !outcome.valid).map((outcome) => outcome.file)).toEqual([
      "surveyjs/mit-docs-examples/matrixdynamic-paneldynamic.json",
    ]);
  });
});
