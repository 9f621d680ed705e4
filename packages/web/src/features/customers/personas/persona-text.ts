// A persona's text in the UI language, else the other language written.
import { type LocalizedText, pickText } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { FALLBACK_LANGUAGE } from "../../../i18n/languages.ts";

export function usePersonaText(): (text: LocalizedText | undefined) => string {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? FALLBACK_LANGUAGE;
  return (text) => pickText(text, language, FALLBACK_LANGUAGE);
}

/** Up to two initials of a name, for a persona without a picture: "Chị Lan, nhân viên" → "CL". */
export function initialsOf(name: string): string {
  const words = (name.split(",")[0] ?? name).trim().split(/\s+/).filter(Boolean);
  return words
    .slice(0, 2)
    .map((word) => word[0]?.toLocaleUpperCase() ?? "")
    .join("");
}
