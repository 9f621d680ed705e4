// Text analytics: language identification and Vietnamese normalisation (sentiment and topics follow).
export { type EmotionSignal, extractEmotionSignals } from "./emotion-signals.ts";
export { type DetectedLanguage, detectLanguage, type TextLanguage, textLanguageSchema } from "./language.ts";
export {
  collapseRepeatedLetters,
  expandTeenCode,
  type NormalizedText,
  normalizeVietnamese,
} from "./normalize.ts";
export { TEEN_CODE, type TeenCodeEntry, type TeenCodeRule } from "./teen-code.ts";
export { foldedTokens, tokens } from "./tokens.ts";
export { placeToneMarks } from "./tone-marks.ts";
