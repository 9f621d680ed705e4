// The answer input of a question's type, in the preview.
import type { Question } from "@touchpoint/core";
import type { AnswerProps } from "./answer-props.ts";
import { ChoiceAnswer } from "./choice-answer.tsx";
import { FieldAnswer } from "./field-answer.tsx";
import { GoalAnswer } from "./goal-answer.tsx";
import { MatrixAnswer } from "./matrix-answer.tsx";
import { RankingAnswer } from "./ranking-answer.tsx";
import { ScaleAnswer } from "./scale-answer.tsx";

export type AnswerInputProps = Omit<AnswerProps<Question["type"]>, "question"> & { question: Question };

export function AnswerInput({ question, ...props }: AnswerInputProps) {
  switch (question.type) {
    case "nps":
    case "csat":
    case "ces":
    case "rating":
      return <ScaleAnswer question={question} {...props} />;
    case "single_choice":
    case "dropdown":
    case "multiple_choice":
      return <ChoiceAnswer question={question} {...props} />;
    case "goal_completion":
      return <GoalAnswer question={question} {...props} />;
    case "matrix":
      return <MatrixAnswer question={question} {...props} />;
    case "ranking":
      return <RankingAnswer question={question} {...props} />;
    default:
      return <FieldAnswer question={question} {...props} />;
  }
}
