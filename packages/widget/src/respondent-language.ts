// The language a widget survey speaks: Touchpoint.init's language, else the identified customer's, else the
// browser's preferences (navigator.languages, in order), else the survey's default — core's rule, fed with
// what a browser knows.
import { chooseLanguage, type SurveyDefinition } from "@touchpoint/core";

export interface WidgetLanguageHints {
  /** From Touchpoint.init({ language }). */
  requested?: string;
  /** From Touchpoint.identify({ language }). */
  identified?: string;
  /** navigator.languages, most wanted first. */
  browser: readonly string[];
}

export function chooseWidgetLanguage(
  definition: Pick<SurveyDefinition, "languages" | "defaultLanguage">,
  hints: WidgetLanguageHints,
): string {
  return chooseLanguage(definition, {
    requested: hints.requested,
    customerLanguage: hints.identified,
    // navigator.languages is already in preference order; as a header without weights it keeps that order.
    acceptLanguage: hints.browser.join(","),
  });
}
