// The languages the dashboard speaks. Each is named in its own language (an endonym), the same in every
// UI language, so these names are data rather than translated text.
export const LANGUAGES = [
  { code: "vi", endonym: "Tiếng Việt" },
  { code: "en", endonym: "English" },
] as const;

export type Language = (typeof LANGUAGES)[number]["code"];

export const FALLBACK_LANGUAGE: Language = "en";

/** localStorage key holding the language a person picked explicitly; read before the browser's preference. */
export const LANGUAGE_STORAGE_KEY = "tp.lang";

export function isLanguage(value: string | undefined): value is Language {
  return LANGUAGES.some((language) => language.code === value);
}
