// The labels of an attribute definition as the form edits them (one text per UI language) and as the API
// stores them (only the languages filled in).
import type { AttributeDefinition, LocalizedText } from "@touchpoint/core";

export interface LabelDraft {
  vi: string;
  en: string;
}

export function labelDraftOf(definition: Pick<AttributeDefinition, "label">): LabelDraft {
  return { vi: definition.label.vi ?? "", en: definition.label.en ?? "" };
}

/** The label to send, or null when no language was filled in (the API needs at least one). */
export function labelOf(draft: LabelDraft): LocalizedText | null {
  const label = Object.fromEntries(
    Object.entries(draft)
      .map(([language, text]) => [language, text.trim().normalize("NFC")] as const)
      .filter(([, text]) => text !== ""),
  );
  return Object.keys(label).length > 0 ? label : null;
}
