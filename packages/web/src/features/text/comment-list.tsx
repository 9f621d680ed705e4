// The comments found, with "load more" by cursor, and their loading, error and empty states: no comments at
// all (where they come from), or none matching the filters.
import { Button, Center, EmptyState, Stack, Text } from "@mantine/core";
import { IconMessageOff, IconSearchOff } from "@tabler/icons-react";
import type { UseInfiniteQueryResult } from "@tanstack/react-query";
import type { Comment } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { LoadingState } from "../../ui/loading-state.tsx";
import { ProblemAlert } from "../../ui/problem-alert.tsx";
import { CommentCard } from "./comment-card.tsx";

interface CommentListProps {
  comments: UseInfiniteQueryResult<Comment[]>;
  /** The search in effect, marked in each text. */
  query: string;
  filtered: boolean;
  onClear: () => void;
  topicLabel: (id: string, stored?: string) => string;
  topicOptions: { value: string; label: string }[];
  canLabel: boolean;
}

export function CommentList({
  comments,
  query,
  filtered,
  onClear,
  topicLabel,
  topicOptions,
  canLabel,
}: CommentListProps) {
  const { t } = useTranslation();

  if (comments.isPending) return <LoadingState />;
  if (comments.isError && !comments.data) {
    return <ProblemAlert error={comments.error} onRetry={() => void comments.refetch()} />;
  }
  if (comments.data.length === 0) {
    return filtered ? (
      <EmptyState
        icon={<IconSearchOff />}
        withIndicatorBackground
        title={t("feedback.list.emptyFilteredTitle")}
        description={t("feedback.list.emptyFiltered")}
        data-testid="feedback-no-results"
      >
        <EmptyState.Actions>
          <Button variant="light" onClick={onClear}>
            {t("feedback.filters.clear")}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    ) : (
      <EmptyState
        icon={<IconMessageOff />}
        withIndicatorBackground
        title={t("feedback.list.emptyTitle")}
        description={t("feedback.list.empty")}
        data-testid="feedback-empty"
      />
    );
  }

  return (
    <Stack gap="sm" data-testid="comment-list" aria-busy={comments.isPlaceholderData}>
      {comments.data.map((comment) => (
        <CommentCard
          key={comment.id}
          comment={comment}
          query={query}
          topicLabel={topicLabel}
          topicOptions={topicOptions}
          canLabel={canLabel}
        />
      ))}
      {comments.isFetchNextPageError && <ProblemAlert error={comments.error} />}
      {comments.hasNextPage ? (
        <Center>
          <Button
            variant="default"
            onClick={() => void comments.fetchNextPage()}
            loading={comments.isFetchingNextPage}
            data-testid="feedback-load-more"
          >
            {t("feedback.list.loadMore")}
          </Button>
        </Center>
      ) : (
        <Text size="xs" c="dimmed" ta="center">
          {t("feedback.list.end")}
        </Text>
      )}
    </Stack>
  );
}
