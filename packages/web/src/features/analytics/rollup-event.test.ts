import { describe, expect, it } from "vitest";
import { readRollupSurveyIds } from "./rollup-event.ts";

describe("readRollupSurveyIds", () => {
  it("reads the survey ids of a rollup event", () => {
    expect(readRollupSurveyIds('{"surveyIds":["a","b"]}')).toEqual(["a", "b"]);
  });

  it("keeps only string ids and ignores other fields", () => {
    expect(readRollupSurveyIds('{"surveyIds":["a",3,null],"at":"now"}')).toEqual(["a"]);
  });

  it("reads nothing from malformed or foreign data", () => {
    expect(readRollupSurveyIds("not json")).toEqual([]);
    expect(readRollupSurveyIds("null")).toEqual([]);
    expect(readRollupSurveyIds('{"surveyIds":"a"}')).toEqual([]);
  });
});
