// Text in several languages: every respondent-facing string of a survey is a map from language to text.
import { z } from "zod";

/** BCP 47 language tags as surveys use them: "vi", "en", "zh-TW". */
export const languageSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Z][a-zA-Z]{1,3})?$/, "must be a language tag like vi or en");
export type Language = z.infer<typeof languageSchema>;

export const localizedTextSchema = z
  .record(
    languageSchema,
    z
      .string()
      .max(10_000)
      .overwrite((text) => text.normalize("NFC")),
  )
  .refine((text) => Object.keys(text).length > 0, "needs a text in at least one language");
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** The text in the wanted language, else the fallback language, else any language at all. */
export function pickText(text: LocalizedText | undefined, language: string, fallback: string): string {
  if (!text) return "";
  return text[language] ?? text[fallback] ?? Object.values(text)[0] ?? "";
}
