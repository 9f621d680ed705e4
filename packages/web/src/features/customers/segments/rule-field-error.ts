// The message under one input of a rule: the form's own problem (translated) first, else the server's.
import type { TFunction } from "i18next";
import type { RuleProblems } from "./segment-rule-draft.ts";

export interface RuleErrors {
  problems: RuleProblems;
  server: Record<string, string>;
}

export function ruleFieldError(errors: RuleErrors, field: string, t: TFunction): string | undefined {
  const problem = errors.problems[field];
  if (problem) return t(`customers.segments.problems.${problem}`);
  return errors.server[field];
}
