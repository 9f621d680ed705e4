// A persona as the editor holds it (every text in Vietnamese and English, empty where not written) and as
// the API takes it: only the languages written, optional texts left out when empty, blank list items dropped.
import type { LocalizedText, Persona, PersonaInput } from "@touchpoint/core";

/** The languages the editor writes side by side; a persona may also hold others, which are kept. */
export const PERSONA_LANGUAGES = ["vi", "en"] as const;

export type TextDraft = Record<(typeof PERSONA_LANGUAGES)[number], string> & { other?: LocalizedText };

export const POINT_LISTS = ["goals", "needs", "pains"] as const;
export type PointList = (typeof POINT_LISTS)[number];

export interface PersonaDraft {
  name: TextDraft;
  description: TextDraft;
  quote: TextDraft;
  goals: TextDraft[];
  needs: TextDraft[];
  pains: TextDraft[];
  pictureUrl: string;
  segmentIds: string[];
}

export const emptyText = (): TextDraft => ({ vi: "", en: "" });

export function emptyPersonaDraft(): PersonaDraft {
  return {
    name: emptyText(),
    description: emptyText(),
    quote: emptyText(),
    goals: [emptyText()],
    needs: [emptyText()],
    pains: [emptyText()],
    pictureUrl: "",
    segmentIds: [],
  };
}

function textDraftOf(text: LocalizedText | undefined): TextDraft {
  const { vi = "", en = "", ...other } = text ?? {};
  return Object.keys(other).length > 0 ? { vi, en, other } : { vi, en };
}

export function personaDraftOf(persona: Persona): PersonaDraft {
  const list = (items: LocalizedText[]) => (items.length > 0 ? items.map(textDraftOf) : [emptyText()]);
  return {
    name: textDraftOf(persona.name),
    description: textDraftOf(persona.description),
    quote: textDraftOf(persona.quote),
    goals: list(persona.goals ?? []),
    needs: list(persona.needs ?? []),
    pains: list(persona.pains ?? []),
    pictureUrl: persona.pictureUrl ?? "",
    segmentIds: persona.segmentIds ?? [],
  };
}

/** The written languages of a text, trimmed and composed (NFC); null when none is written. */
export function localizedTextOf(draft: TextDraft): LocalizedText | null {
  const text: LocalizedText = { ...draft.other };
  for (const language of PERSONA_LANGUAGES) {
    const written = draft[language].trim().normalize("NFC");
    if (written) text[language] = written;
  }
  return Object.keys(text).length > 0 ? text : null;
}

export type PersonaProblem = "nameRequired" | "pictureUrl";
export type PersonaRead =
  | { ok: true; input: PersonaInput }
  | { ok: false; problems: Partial<Record<"name" | "pictureUrl", PersonaProblem>> };

export function personaInputOf(draft: PersonaDraft): PersonaRead {
  const name = localizedTextOf(draft.name);
  const pictureUrl = draft.pictureUrl.trim();
  const problems: Partial<Record<"name" | "pictureUrl", PersonaProblem>> = {};
  if (!name) problems.name = "nameRequired";
  if (pictureUrl && !/^https?:\/\/\S+$/i.test(pictureUrl)) problems.pictureUrl = "pictureUrl";
  if (!name || Object.keys(problems).length > 0) return { ok: false, problems };
  const description = localizedTextOf(draft.description);
  const quote = localizedTextOf(draft.quote);
  const points = (items: TextDraft[]) =>
    items.map(localizedTextOf).filter((text): text is LocalizedText => text !== null);
  return {
    ok: true,
    input: {
      name,
      ...(description ? { description } : {}),
      goals: points(draft.goals),
      needs: points(draft.needs),
      pains: points(draft.pains),
      ...(quote ? { quote } : {}),
      ...(pictureUrl ? { pictureUrl } : {}),
      segmentIds: draft.segmentIds,
    },
  };
}
