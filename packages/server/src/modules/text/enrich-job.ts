// The text.enrich job's name and payload, apart from its handler so the modules that enqueue it (responses,
// interactions) import no more of the text module than this.
import type { TextSourceKind } from "@touchpoint/core";

export const TEXT_ENRICH_JOB = "text.enrich";

export interface TextEnrichJob {
  workspaceId: string;
  /** response_answer: every open-text answer of the response; interaction_note: the interaction's note. */
  kind: TextSourceKind;
  /** The response's or the interaction's id. */
  sourceId: string;
}
