// Texts an import has to supply itself (the answers of a yes/no question, the closing "Thank you"), in the
// languages Touchpoint users most often survey in; other languages get the English words.
import type { LocalizedText } from "../localized-text.ts";

type Words = { yes: string; no: string; thanks: string; none: string; female: string; male: string };

const WORDS: Record<string, Words> = {
  en: { yes: "Yes", no: "No", thanks: "Thank you!", none: "None", female: "Female", male: "Male" },
  vi: { yes: "Có", no: "Không", thanks: "Cảm ơn bạn!", none: "Không có", female: "Nữ", male: "Nam" },
  de: { yes: "Ja", no: "Nein", thanks: "Vielen Dank!", none: "Keine", female: "Weiblich", male: "Männlich" },
  fr: { yes: "Oui", no: "Non", thanks: "Merci !", none: "Aucun", female: "Femme", male: "Homme" },
  es: { yes: "Sí", no: "No", thanks: "¡Gracias!", none: "Ninguno", female: "Mujer", male: "Hombre" },
  it: { yes: "Sì", no: "No", thanks: "Grazie!", none: "Nessuno", female: "Donna", male: "Uomo" },
  nl: { yes: "Ja", no: "Nee", thanks: "Bedankt!", none: "Geen", female: "Vrouw", male: "Man" },
  pt: { yes: "Sim", no: "Não", thanks: "Obrigado!", none: "Nenhum", female: "Feminino", male: "Masculino" },
  et: { yes: "Jah", no: "Ei", thanks: "Aitäh!", none: "Mitte ükski", female: "Naine", male: "Mees" },
};

const ENGLISH = WORDS.en as Words;

/** The word in each of `languages` (a region falls back to its language: "pt-BR" → "pt"). */
export function standardText(word: keyof Words, languages: Iterable<string>): LocalizedText {
  const text: LocalizedText = {};
  for (const language of languages) {
    const words = WORDS[language] ?? WORDS[language.split("-")[0] ?? ""] ?? ENGLISH;
    text[language] = words[word];
  }
  return text;
}
