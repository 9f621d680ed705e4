// What each answer input of the preview receives: its question, the canonical answer, and text helpers.
import type { LocalizedText, Question } from "@touchpoint/core";
import type { TFunction } from "i18next";

export interface AnswerProps<T extends Question["type"]> {
  question: Extract<Question, { type: T }>;
  /** The canonical answer (answers.ts in core), or undefined before one is given. */
  value: unknown;
  onChange: (value: unknown) => void;
  /** Survey text in the previewed language, with piping applied. */
  text: (value: LocalizedText | undefined) => string;
  /** Respondent-facing words ("Other", "Yes") in the previewed language. */
  rt: TFunction;
  brandColor: string;
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
