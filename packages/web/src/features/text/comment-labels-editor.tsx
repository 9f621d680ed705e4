// A comment's topic and sentiment labels as two small selects: a choice saves at once (shown before the
// server answers, put back if it refuses); clearing a select removes that label.
import { Group, Select } from "@mantine/core";
import type { Comment, CommentLabelsInput } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { notifyError } from "../../ui/notify.ts";
import { SENTIMENTS } from "./comment-filters.ts";
import { useSetCommentLabels } from "./comments-queries.ts";

interface CommentLabelsEditorProps {
  comment: Comment;
  topics: { value: string; label: string }[];
}

export function CommentLabelsEditor({ comment, topics }: CommentLabelsEditorProps) {
  const { t } = useTranslation();
  const save = useSetCommentLabels(comment.id);
  const change = (input: CommentLabelsInput) =>
    save.mutate(input, { onError: (error) => notifyError(error, t) });
  // A label naming a topic since deleted is still shown, so it can be seen and cleared.
  const topicOptions =
    comment.labels.topic && !topics.some((topic) => topic.value === comment.labels.topic)
      ? [...topics, { value: comment.labels.topic, label: comment.labels.topic }]
      : topics;
  return (
    <Group gap="xs" wrap="wrap">
      <Select
        size="xs"
        w={{ base: "calc(50% - var(--mantine-spacing-xs) / 2)", sm: 200 }}
        aria-label={t("feedback.labels.topic")}
        placeholder={t("feedback.labels.topic")}
        data={topicOptions}
        value={comment.labels.topic ?? null}
        onChange={(topic) => change({ topic })}
        clearable
        searchable
        data-testid="label-topic"
      />
      <Select
        size="xs"
        w={{ base: "calc(50% - var(--mantine-spacing-xs) / 2)", sm: 170 }}
        aria-label={t("feedback.labels.sentiment")}
        placeholder={t("feedback.labels.sentiment")}
        data={SENTIMENTS.map((sentiment) => ({
          value: sentiment,
          label: t(`feedback.sentiments.${sentiment}`),
        }))}
        value={comment.labels.sentiment ?? null}
        onChange={(next) => change({ sentiment: SENTIMENTS.find((sentiment) => sentiment === next) ?? null })}
        clearable
        data-testid="label-sentiment"
      />
    </Group>
  );
}
