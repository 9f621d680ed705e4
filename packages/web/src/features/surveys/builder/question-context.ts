// What every per-type settings editor of a question needs besides the question itself.
import type { Question } from "@touchpoint/core";
import type { Localize } from "../use-localize.ts";

export interface QuestionContext {
  languages: readonly string[];
  defaultLanguage: string;
  localize: Localize;
  /** Definition path of the question, for server errors: "pages.0.questions.1". */
  path: string;
  /** Test id prefix of the question: "question-1". */
  testId: string;
}

export interface SettingsProps<T extends Question["type"]> {
  question: Extract<Question, { type: T }>;
  onChange: (next: Extract<Question, { type: T }>) => void;
  context: QuestionContext;
}
