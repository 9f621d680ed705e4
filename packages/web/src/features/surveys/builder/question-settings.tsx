// The settings editor of a question's own type.
import type { Question } from "@touchpoint/core";
import { ChoiceSettings, GoalSettings, MatrixSettings } from "./choice-settings.tsx";
import {
  ConsentSettings,
  DateSettings,
  NoSettings,
  NumberSettings,
  TextSettings,
} from "./input-settings.tsx";
import type { QuestionContext } from "./question-context.ts";
import { ScaleSettings } from "./scale-settings.tsx";

interface QuestionSettingsProps {
  question: Question;
  onChange: (next: Question) => void;
  context: QuestionContext;
}

export function QuestionSettings({ question, onChange, context }: QuestionSettingsProps) {
  switch (question.type) {
    case "nps":
    case "csat":
    case "ces":
    case "rating":
      return <ScaleSettings question={question} onChange={onChange} context={context} />;
    case "goal_completion":
      return <GoalSettings question={question} onChange={onChange} context={context} />;
    case "single_choice":
    case "multiple_choice":
    case "dropdown":
    case "ranking":
      return <ChoiceSettings question={question} onChange={onChange} context={context} />;
    case "matrix":
      return <MatrixSettings question={question} onChange={onChange} context={context} />;
    case "text":
      return <TextSettings question={question} onChange={onChange} context={context} />;
    case "number":
      return <NumberSettings question={question} onChange={onChange} context={context} />;
    case "date":
      return <DateSettings question={question} onChange={onChange} context={context} />;
    case "consent":
      return <ConsentSettings question={question} onChange={onChange} context={context} />;
    case "email":
    case "phone":
      return <NoSettings />;
  }
}
