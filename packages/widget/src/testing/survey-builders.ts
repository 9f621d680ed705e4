// Builders of widget surveys for unit tests: a small two-language NPS survey with a follow-up, shaped as
// the public API returns it (schema defaults filled in).
import type { Page, Question, SurveyDefinition, WidgetSettings } from "@touchpoint/core";
import type { WidgetSurvey } from "../widget-types.ts";

export function npsQuestion(id = "nps"): Question {
  return {
    id,
    type: "nps",
    required: true,
    title: { vi: "Bạn có sẵn sàng giới thiệu chúng tôi?", en: "How likely are you to recommend us?" },
  };
}

export function textQuestion(id: string, extra: Partial<Question> = {}): Question {
  return {
    id,
    type: "text",
    required: false,
    multiline: true,
    maxLength: 5000,
    title: { vi: "Chúng tôi cần cải thiện điều gì?", en: "What should we improve?" },
    ...extra,
  } as Question;
}

export function page(id: string, questions: Question[], extra: Partial<Page> = {}): Page {
  return { id, questions, jumps: [], ...extra };
}

export function surveyDefinition(extra: Partial<SurveyDefinition> = {}): SurveyDefinition {
  return {
    title: { vi: "Khảo sát", en: "Survey" },
    defaultLanguage: "vi",
    languages: ["vi", "en"],
    pages: [page("p_score", [npsQuestion()]), page("p_reason", [textQuestion("reason")])],
    endings: [{ id: "thanks", title: { vi: "Cảm ơn bạn!", en: "Thank you!" } }],
    hiddenFields: [],
    theme: { brandColor: "#1c7ed6" },
    quotas: [],
    ...extra,
  };
}

export function widgetSurvey(slug: string, widget: Partial<WidgetSettings> = {}): WidgetSurvey {
  return {
    slug,
    version: 1,
    definition: surveyDefinition({
      widget: {
        enabled: true,
        urlPatterns: [],
        events: [],
        delaySeconds: 0,
        exitIntent: false,
        samplingPercent: 100,
        recontactDays: 30,
        position: "bottom-right",
        ...widget,
      },
    }),
  };
}
