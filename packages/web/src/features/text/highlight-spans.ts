// Cuts a comment's text into plain and highlighted pieces from its aspects' spans, so each clause that
// mentions a topic is marked once even when several topics share it or spans overlap.
import type { CommentAspect, Sentiment } from "@touchpoint/core";

export interface TextPiece {
  start: number;
  end: number;
  text: string;
  /** The aspects whose span covers the whole piece, in the order the analysis gave them; empty for plain text. */
  aspects: CommentAspect[];
}

/**
 * Pieces in text order covering the whole text. Spans outside the text (an analysis of an older version of an
 * edited answer) are clipped, and empty ones dropped, rather than trusted.
 */
export function highlightPieces(text: string, aspects: readonly CommentAspect[]): TextPiece[] {
  const spans = aspects
    .map((aspect) => ({
      aspect,
      start: Math.max(0, Math.min(aspect.span.start, text.length)),
      end: Math.max(0, Math.min(aspect.span.end, text.length)),
    }))
    .filter((span) => span.end > span.start);
  const cuts = [...new Set([0, text.length, ...spans.flatMap((span) => [span.start, span.end])])].sort(
    (a, b) => a - b,
  );

  const pieces: TextPiece[] = [];
  for (let index = 0; index + 1 < cuts.length; index += 1) {
    const start = cuts[index] as number;
    const end = cuts[index + 1] as number;
    const covering = spans
      .filter((span) => span.start <= start && span.end >= end)
      .map((span) => span.aspect);
    const last = pieces.at(-1);
    // Neighbours covered by the same aspects are one piece: one mark, one label.
    if (last && sameAspects(last.aspects, covering)) {
      last.end = end;
      last.text = text.slice(last.start, end);
    } else {
      pieces.push({ start, end, text: text.slice(start, end), aspects: covering });
    }
  }
  return pieces;
}

function sameAspects(a: readonly CommentAspect[], b: readonly CommentAspect[]): boolean {
  return a.length === b.length && a.every((aspect, index) => aspect === b[index]);
}

/** The one sentiment of a piece's aspects; "mixed" when they disagree, null when none carries one. */
export function pieceSentiment(aspects: readonly CommentAspect[]): Sentiment | "mixed" | null {
  const sentiments = new Set(aspects.flatMap((aspect) => (aspect.sentiment ? [aspect.sentiment] : [])));
  if (sentiments.size === 0) return null;
  if (sentiments.size > 1) return "mixed";
  return [...sentiments][0] as Sentiment;
}
