// One comment: its sentiment, when and where it was given and by whom, the text with its topics marked,
// its keywords, and its labels (editable for the roles that label).
import { Anchor, Badge, Group, Paper, Stack, Text } from "@mantine/core";
import { IconUser } from "@tabler/icons-react";
import type { Comment } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormatters } from "../../i18n/use-formatters.ts";
import { CommentLabelsEditor } from "./comment-labels-editor.tsx";
import { HighlightedText } from "./highlighted-text.tsx";
import { SentimentBadge } from "./sentiment-badge.tsx";

interface CommentCardProps {
  comment: Comment;
  query: string;
  topicLabel: (id: string, stored?: string) => string;
  topicOptions: { value: string; label: string }[];
  canLabel: boolean;
}

export function CommentCard({ comment, query, topicLabel, topicOptions, canLabel }: CommentCardProps) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const question =
    comment.questionTitle &&
    (comment.questionTitle[i18n.resolvedLanguage ?? ""] ?? Object.values(comment.questionTitle)[0]);
  const source =
    comment.kind === "interaction_note"
      ? t("feedback.kinds.interaction_note")
      : question && comment.surveyName
        ? t("feedback.comment.source", { survey: comment.surveyName, question })
        : (comment.surveyName ?? t("feedback.kinds.response_answer"));
  const meta = comment.touchpoint
    ? t("feedback.comment.withTouchpoint", { source, touchpoint: comment.touchpoint })
    : source;
  const readOnlyLabels = [
    comment.labels.topic && topicLabel(comment.labels.topic),
    comment.labels.sentiment && t(`feedback.sentiments.${comment.labels.sentiment}`),
  ].filter(Boolean);

  return (
    <Paper withBorder radius="md" p="md" data-testid="comment-card" data-comment-id={comment.id}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" align="flex-start">
          <Group gap="xs">
            <SentimentBadge sentiment={comment.sentiment} testId="comment-sentiment" />
            <Text size="xs" c="dimmed" component="time" dateTime={comment.occurredAt}>
              {format.date(comment.occurredAt)}
            </Text>
          </Group>
          <Group gap={4} wrap="nowrap">
            <IconUser size={14} aria-hidden />
            {comment.customerId ? (
              <Anchor
                component={Link}
                to={`/customers/${comment.customerId}`}
                size="sm"
                data-testid="comment-customer"
              >
                {comment.customerName ?? t("feedback.comment.customerProfile")}
              </Anchor>
            ) : (
              <Text size="sm" c="dimmed">
                {t("feedback.comment.anonymous")}
              </Text>
            )}
          </Group>
        </Group>
        <Text size="xs" c="dimmed" lineClamp={2} data-testid="comment-source">
          {meta}
        </Text>
        <HighlightedText comment={comment} query={query} topicLabel={topicLabel} />
        {comment.keywords.length > 0 && (
          <Group gap={4} data-testid="comment-keywords">
            <Text size="xs" c="dimmed">
              {t("feedback.comment.keywords")}:
            </Text>
            {comment.keywords.map((keyword) => (
              <Badge key={keyword} size="xs" variant="outline" color="gray" tt="none">
                {keyword}
              </Badge>
            ))}
          </Group>
        )}
        {canLabel ? (
          <CommentLabelsEditor comment={comment} topics={topicOptions} />
        ) : (
          readOnlyLabels.length > 0 && (
            <Text size="xs" c="dimmed">
              {t("feedback.labels.readOnly", { labels: readOnlyLabels.join(", ") })}
            </Text>
          )
        )}
      </Stack>
    </Paper>
  );
}
