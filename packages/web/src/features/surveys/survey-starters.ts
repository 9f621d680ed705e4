// The definitions a new survey starts from: a blank one with a single NPS question, or core's example.
import { exampleNpsSurvey, type SurveyDefinitionInput } from "@touchpoint/core";
import type { Localize } from "./use-localize.ts";

export const SURVEY_STARTERS = ["blank", "example"] as const;
export type SurveyStarter = (typeof SURVEY_STARTERS)[number];

export const STARTER_LANGUAGES = ["vi", "en"] as const;

/** `defaultLanguage` is the author's UI language, so the survey opens in the language they work in. */
export function starterDefinition(
  starter: SurveyStarter,
  defaultLanguage: string,
  localize: Localize,
): SurveyDefinitionInput {
  if (starter === "example") return exampleNpsSurvey();
  return {
    title: localize("surveyTitle"),
    defaultLanguage,
    languages: [...STARTER_LANGUAGES],
    pages: [
      {
        id: "p1",
        questions: [
          {
            id: "nps",
            type: "nps",
            required: true,
            title: localize("npsTitle"),
            lowLabel: localize("npsLow"),
            highLabel: localize("npsHigh"),
          },
        ],
      },
    ],
    endings: [{ id: "thanks", title: localize("endingTitle") }],
  };
}
