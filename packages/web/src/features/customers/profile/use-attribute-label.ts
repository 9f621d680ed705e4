// An attribute's label in the UI language (else English, else any), or its key when it has none.
import { type AttributeDefinition, pickText } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { FALLBACK_LANGUAGE } from "../../../i18n/languages.ts";

export function useAttributeLabel(): (definition: Pick<AttributeDefinition, "key" | "label">) => string {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? FALLBACK_LANGUAGE;
  return (definition) => pickText(definition.label, language, FALLBACK_LANGUAGE) || definition.key;
}
