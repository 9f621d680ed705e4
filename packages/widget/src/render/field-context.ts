// What every question field gets from its block: words, survey text, ids for labels, and where to report
// the answer whenever the respondent changes it.
import type { LocalizedText } from "@touchpoint/core";
import type { Messages } from "../messages.ts";

export interface FieldContext {
  t: Messages;
  /** Survey text in the respondent's language, with placeholders piped in. */
  text: (value: LocalizedText | undefined) => string;
  /** A unique id for one of the field's elements. */
  id: (part: string) => string;
  /** Ids of the question's title, and of its description and error, for aria attributes. */
  titleId: string;
  describedBy: string;
  required: boolean;
  change: (value: unknown) => void;
}

/** aria attributes of a group of options labelled by the question's title. */
export const groupAria = (ctx: FieldContext, role = "radiogroup") => ({
  role,
  "aria-labelledby": ctx.titleId,
  "aria-describedby": ctx.describedBy,
  "aria-required": ctx.required ? "true" : undefined,
});

/** aria attributes of a single input labelled by the question's title. */
export const inputAria = (ctx: FieldContext) => ({
  id: ctx.id("input"),
  "aria-labelledby": ctx.titleId,
  "aria-describedby": ctx.describedBy,
  "aria-required": ctx.required ? "true" : undefined,
});
