// i18next set-up: Vietnamese and English resources, detection (stored choice, then browser), <html lang>.
import i18next from "i18next";
import LanguageDetector from "i18next-browser-languagedetector";
import { initReactI18next } from "react-i18next";
import { en } from "./en.ts";
import {
  FALLBACK_LANGUAGE,
  isLanguage,
  LANGUAGE_STORAGE_KEY,
  LANGUAGES,
  type Language,
} from "./languages.ts";
import { vi } from "./vi.ts";

i18next.on("languageChanged", (language) => {
  document.documentElement.lang = isLanguage(language) ? language : FALLBACK_LANGUAGE;
});

void i18next
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: { en: { translation: en }, vi: { translation: vi } },
    supportedLngs: LANGUAGES.map((language) => language.code),
    fallbackLng: FALLBACK_LANGUAGE,
    initAsync: false,
    interpolation: { escapeValue: false },
    detection: {
      order: ["localStorage", "navigator"],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      // Only an explicit choice is remembered (see setLanguage); a detected one follows the browser.
      caches: [],
      // "vi-VN" and "en-GB" are served by "vi" and "en".
      convertDetectedLanguage: (language: string) => language.split("-")[0] ?? language,
    },
  });

/** Switches the UI language and remembers the choice for the next visit. */
export function setLanguage(language: Language): void {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch (error) {
    // Storage can be blocked (private mode, policy); the switch still applies to this visit.
    console.warn("language choice not stored", error);
  }
  void i18next.changeLanguage(language);
}
