// A comments widget: the newest open-text comments matching its filters, each with its sentiment and date.
import { Group, Paper, Stack, Text } from "@mantine/core";
import type { DashboardWidget } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../../i18n/use-formatters.ts";
import { SentimentBadge } from "../../text/sentiment-badge.tsx";
import { useCommentStream } from "../comment-stream-query.ts";
import type { WidgetScope } from "../widget-scope.ts";
import { WidgetState } from "../widget-state.tsx";

type CommentsWidgetShape = Extract<DashboardWidget, { kind: "comments" }>;

export function CommentsWidget({ widget, scope }: { widget: CommentsWidgetShape; scope: WidgetScope }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const stream = useCommentStream(widget, scope);
  return (
    <WidgetState
      query={stream}
      isEmpty={(page) => page.items.length === 0}
      emptyText={t("dashboards.comments.empty")}
    >
      {(page) => (
        <Stack gap="xs" data-testid="comment-stream">
          {page.items.map((comment) => (
            <Paper key={comment.id} withBorder p="xs" radius="sm" data-testid="stream-comment">
              <Group justify="space-between" gap="xs" mb={4}>
                <SentimentBadge sentiment={comment.sentiment} />
                <Text size="xs" c="dimmed" data-testid="stream-comment-date">
                  {format.dateTime(comment.occurredAt)}
                  {comment.surveyName ? ` · ${comment.surveyName}` : ""}
                </Text>
              </Group>
              <Text size="sm" lineClamp={4}>
                {comment.text}
              </Text>
            </Paper>
          ))}
        </Stack>
      )}
    </WidgetState>
  );
}
