// A workspace's text settings: the longest text the analysis accepts (POST /text/analyze answers 422 above
// it, the enrichment leaves a longer stored text unanalysed). Bounds keep a typo from disabling analysis.
import { z } from "zod";
import { DEFAULT_MAX_TEXT_LENGTH } from "./analyze.ts";

export const MIN_MAX_TEXT_LENGTH = 100;
export const MAX_MAX_TEXT_LENGTH = 100_000;

export const maxTextLengthSchema = z.int().min(MIN_MAX_TEXT_LENGTH).max(MAX_MAX_TEXT_LENGTH);

export const textSettingsInputSchema = z.strictObject({ maxTextLength: maxTextLengthSchema });
export type TextSettingsInput = z.infer<typeof textSettingsInputSchema>;

export const textSettingsSchema = z.object({
  maxTextLength: maxTextLengthSchema,
  /** When the workspace last changed them; null while it uses the defaults. */
  updatedAt: z.iso.datetime().nullable(),
});
export type TextSettings = z.infer<typeof textSettingsSchema>;

export const DEFAULT_TEXT_SETTINGS: TextSettings = {
  maxTextLength: DEFAULT_MAX_TEXT_LENGTH,
  updatedAt: null,
};
