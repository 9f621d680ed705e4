// Language codes of other tools ("EN", "pt_BR", "de-informal", "zh-Hant-TW", "ZH-T") in Touchpoint's form:
// a lower-case language and at most one region or script ("en", "pt-BR", "zh-TW").
import { languageSchema } from "../localized-text.ts";

// Qualtrics names Chinese by script; Touchpoint, like most CX tools, by the market it is read in.
const SPECIAL: Record<string, string> = {
  "zh-s": "zh-CN",
  "zh-t": "zh-TW",
  "zh-hans": "zh-CN",
  "zh-hant": "zh-TW",
};

/** The Touchpoint form of a code, or undefined when it cannot be one. */
export function normalizeLanguage(code: string): string | undefined {
  const lower = code.trim().toLowerCase().replace(/_/g, "-");
  const special = SPECIAL[lower];
  if (special) return special;
  const [language, ...rest] = lower.split("-");
  if (!language || !/^[a-z]{2,3}$/.test(language)) return undefined;
  // Prefer a region (zh-Hant-TW → zh-TW); else a script (sr-Latn); variants (de-informal) are dropped.
  const region = rest.find((part) => /^[a-z]{2}$/.test(part));
  const script = rest.find((part) => /^[a-z]{4}$/.test(part) && part !== "easy");
  const tag = region
    ? `${language}-${region.toUpperCase()}`
    : script
      ? `${language}-${script[0]?.toUpperCase()}${script.slice(1)}`
      : language;
  return languageSchema.safeParse(tag).success ? tag : undefined;
}
