// Survey texts the dashboard can offer ready-made (a standard NPS question, "Option 1"), in every survey
// language the dashboard itself speaks; other languages start empty for the author to fill.
import type { LocalizedText } from "@touchpoint/core";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { isLanguage } from "../../i18n/languages.ts";
import type { SurveysMessages } from "./messages/en.ts";

export type DefaultTextKey = keyof SurveysMessages["defaults"];
export type Localize = (key: DefaultTextKey, options?: { n: number }) => LocalizedText;

export function useLocalize(languages: readonly string[]): Localize {
  const { i18n } = useTranslation();
  return useCallback(
    (name, options) =>
      Object.fromEntries(
        languages
          .filter(isLanguage)
          .map((language) => [language, i18n.getFixedT(language)(`surveys.defaults.${name}`, options)]),
      ),
    [i18n, languages],
  );
}
