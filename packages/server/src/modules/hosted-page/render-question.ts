// One question of a survey page as accessible form markup, by question type.
import type { SafeHtml } from "./html.ts";
import type { QuestionView } from "./question-markup.ts";
import { renderChoiceQuestion } from "./render-choices.ts";
import { renderInputQuestion } from "./render-inputs.ts";
import { renderScaleQuestion } from "./render-scales.ts";

export function renderQuestion(view: QuestionView): SafeHtml {
  switch (view.question.type) {
    case "nps":
    case "csat":
    case "ces":
    case "rating":
      return renderScaleQuestion(view, view.question);
    case "single_choice":
    case "multiple_choice":
    case "dropdown":
    case "matrix":
    case "ranking":
      return renderChoiceQuestion(view, view.question);
    default:
      return renderInputQuestion(view, view.question);
  }
}
