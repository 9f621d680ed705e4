// Attribute values in the profile's editor: what each typed input holds (a draft), and the PATCH made
// of the drafts that changed. An emptied input removes the attribute (null), as the API reads it.
import type { AttributeDefinition, AttributeType, AttributeValue } from "@touchpoint/core";

/** Text of a text, number or date input, a number from a number input, or a switch's position. */
export type AttributeDraft = string | number | boolean;

export type AttributeProblem = "number" | "date";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function attributeDraftOf(type: AttributeType, value: AttributeValue | undefined): AttributeDraft {
  if (type === "boolean") return value === true;
  if (value === undefined || value === null) return "";
  return typeof value === "number" ? value : String(value);
}

export type ParsedAttribute = { ok: true; value: AttributeValue } | { ok: false; problem: AttributeProblem };

/** The value to send for a draft; blank means "remove". */
export function parseAttributeDraft(type: AttributeType, draft: AttributeDraft): ParsedAttribute {
  if (type === "boolean") return { ok: true, value: draft === true };
  if (typeof draft === "boolean") return { ok: true, value: null };
  const text = typeof draft === "number" ? String(draft) : draft.trim();
  if (text === "") return { ok: true, value: null };
  switch (type) {
    case "string":
      return { ok: true, value: text.normalize("NFC") };
    case "number": {
      const number = typeof draft === "number" ? draft : Number(text);
      return Number.isFinite(number) ? { ok: true, value: number } : { ok: false, problem: "number" };
    }
    case "date":
      return ISO_DATE.test(text) && !Number.isNaN(Date.parse(text))
        ? { ok: true, value: text }
        : { ok: false, problem: "date" };
  }
}

export interface AttributesChange {
  /** Only the attributes whose input changed; null removes one. */
  patch: Record<string, AttributeValue>;
  problems: Record<string, AttributeProblem>;
}

/**
 * The change between the drafts the editor opened with and the current ones. Comparing drafts, not values,
 * keeps an attribute never set unset when its switch was not touched.
 */
export function attributesChangeOf(
  definitions: readonly AttributeDefinition[],
  initial: Readonly<Record<string, AttributeDraft>>,
  drafts: Readonly<Record<string, AttributeDraft>>,
): AttributesChange {
  const change: AttributesChange = { patch: {}, problems: {} };
  for (const { key, type } of definitions) {
    const draft = drafts[key];
    if (draft === undefined || draft === initial[key]) continue;
    const parsed = parseAttributeDraft(type, draft);
    if (parsed.ok) change.patch[key] = parsed.value;
    else change.problems[key] = parsed.problem;
  }
  return change;
}
