// SurveyJS strings: plain, or per locale as {default: "…", de: "…"}; "default" is the survey's main language.
import type { LocalizedText } from "../localized-text.ts";
import { htmlToText } from "./html-text.ts";
import type { ImportLog } from "./import-result.ts";
import { normalizeLanguage } from "./language-codes.ts";

export type Json = Record<string, unknown>;

export const isJson = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

// Properties that hold localizable strings, where a language map may appear.
const LOCALIZABLE = new Set([
  "title",
  "description",
  "text",
  "html",
  "completedHtml",
  "placeholder",
  "labelTrue",
  "labelFalse",
  "minRateDescription",
  "maxRateDescription",
  "mininumRateDescription",
  "maximumRateDescription",
  "otherText",
  "noneText",
]);

export type TextReader = {
  defaultLanguage: string;
  languages: Set<string>;
  read(value: unknown): LocalizedText | undefined;
};

/** The languages the survey is written in: the keys of every language map in the file. */
export function findLanguages(survey: Json): Set<string> {
  const keys = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isJson(value)) {
      for (const [key, child] of Object.entries(value)) {
        if (LOCALIZABLE.has(key) && isJson(child))
          for (const language of Object.keys(child)) keys.add(language);
        visit(child);
      }
    }
  };
  visit(survey);
  return keys;
}

export function createTextReader(
  defaultLanguage: string,
  sourceKeys: Set<string>,
  log: ImportLog,
): TextReader {
  const languages = new Set([defaultLanguage]);
  const toLanguage = (key: string) => (key === "default" ? defaultLanguage : normalizeLanguage(key));
  for (const key of sourceKeys) {
    const language = toLanguage(key);
    if (language) languages.add(language);
    else log.warn(`Texts in the unknown language "${key}" were left out`);
  }
  return {
    defaultLanguage,
    languages,
    read(value) {
      if (typeof value === "string" || typeof value === "number") {
        const text = htmlToText(String(value));
        return text ? { [defaultLanguage]: text } : undefined;
      }
      if (!isJson(value)) return undefined;
      const text: LocalizedText = {};
      // "default" first, so an explicit entry for the same language wins.
      const entries = Object.entries(value).sort(
        ([a], [b]) => Number(b === "default") - Number(a === "default"),
      );
      for (const [key, raw] of entries) {
        const language = toLanguage(key);
        const cleaned = typeof raw === "string" ? htmlToText(raw) : "";
        if (!language || !cleaned) continue;
        languages.add(language);
        text[language] = cleaned;
      }
      return Object.keys(text).length > 0 ? text : undefined;
    },
  };
}

/** One text per language from several ("Employment – You"), for questions titled by their panels. */
export function joinTexts(
  texts: LocalizedText[],
  defaultLanguage: string,
  separator = " – ",
): LocalizedText | undefined {
  if (texts.length === 0) return undefined;
  const languages = new Set(texts.flatMap((text) => Object.keys(text)));
  const joined: LocalizedText = {};
  for (const language of languages) {
    joined[language] = texts
      .map((text) => text[language] ?? text[defaultLanguage] ?? Object.values(text)[0] ?? "")
      .filter(Boolean)
      .join(separator);
  }
  return joined;
}
