// A comment's text with each clause that mentions a topic marked in its sentiment's colour and followed by a
// small label naming the topics and the sentiment in words (for readers who cannot tell the colours apart),
// and the words of the search in bold.
import { Box, Text } from "@mantine/core";
import type { Comment } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { highlightPieces, pieceSentiment } from "./highlight-spans.ts";
import { searchMatches, splitByRanges, type TextRange } from "./search-matches.ts";
import { SENTIMENT_LOOK } from "./sentiment-look.ts";

interface HighlightedTextProps {
  comment: Comment;
  /** The search in effect, marked where the text contains it. */
  query: string;
  topicLabel: (id: string, stored?: string) => string;
}

export function HighlightedText({ comment, query, topicLabel }: HighlightedTextProps) {
  const { t } = useTranslation();
  const stored = new Map(comment.topics.map((topic) => [topic.id, topic.label]));
  const matches = searchMatches(comment.text, query);
  const words = (range: TextRange) => <SearchedText text={comment.text} range={range} matches={matches} />;

  return (
    <Text size="sm" style={{ whiteSpace: "pre-wrap", lineHeight: 1.9 }} data-testid="comment-text">
      {highlightPieces(comment.text, comment.aspects).map((piece) => {
        if (piece.aspects.length === 0) return <span key={piece.start}>{words(piece)}</span>;
        const sentiment = pieceSentiment(piece.aspects);
        const look = SENTIMENT_LOOK[sentiment ?? "neutral"];
        const Icon = look.icon;
        const topics = [...new Set(piece.aspects.map((aspect) => aspect.topic))]
          .map((id) => topicLabel(id, stored.get(id)))
          .join(", ");
        const label = t("feedback.comment.aspectLabel", {
          topics,
          sentiment: sentiment
            ? t(`feedback.sentiments.${sentiment}`).toLocaleLowerCase()
            : t("feedback.comment.noAspectSentiment"),
        });
        return (
          <span key={piece.start}>
            <Box
              component="mark"
              px={2}
              bg={`var(--mantine-color-${look.color}-light)`}
              c="inherit"
              style={{ borderBottom: `2px solid var(--mantine-color-${look.color}-filled)`, borderRadius: 2 }}
              data-testid="aspect-highlight"
              data-sentiment={sentiment ?? "none"}
            >
              {words(piece)}
            </Box>
            <Box
              component="span"
              ml={4}
              px={6}
              fz="xs"
              fw={600}
              c={`var(--mantine-color-${look.color}-light-color)`}
              bg={`var(--mantine-color-${look.color}-light)`}
              style={{ borderRadius: 10, boxDecorationBreak: "clone", WebkitBoxDecorationBreak: "clone" }}
              data-testid="aspect-label"
            >
              <Icon size={12} stroke={2} aria-hidden /> {label}
            </Box>
          </span>
        );
      })}
    </Text>
  );
}

function SearchedText({ text, range, matches }: { text: string; range: TextRange; matches: TextRange[] }) {
  return splitByRanges(range.start, range.end, matches).map((part) =>
    part.matched ? (
      <Box
        component="strong"
        key={part.start}
        fw={800}
        style={{ textDecoration: "underline", textDecorationThickness: 2 }}
        data-testid="search-match"
      >
        {text.slice(part.start, part.end)}
      </Box>
    ) : (
      <span key={part.start}>{text.slice(part.start, part.end)}</span>
    ),
  );
}
