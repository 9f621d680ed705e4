// Labels of a comment as a PUT changes them, for the optimistic update of the lists.
import type { Comment, CommentLabelsInput } from "@touchpoint/core";

/** The labels after a PUT body: a value sets, null removes, an absent key keeps (as the server does). */
export function applyLabels(labels: Comment["labels"], input: CommentLabelsInput): Comment["labels"] {
  const next = { ...labels };
  if (input.topic === null) delete next.topic;
  else if (input.topic !== undefined) next.topic = input.topic;
  if (input.sentiment === null) delete next.sentiment;
  else if (input.sentiment !== undefined) next.sentiment = input.sentiment;
  return next;
}
