// The explorer's comments: search and filters kept in the URL (a reload or a shared link shows the same
// comments), the label counts and the list.
import { Stack } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { can } from "@touchpoint/core";
import { useEffect, useMemo, useState } from "react";
import { useSearchParams } from "react-router";
import { useCurrentMe } from "../auth/current-me.tsx";
import {
  type CommentFilterState,
  commentFiltersToSearch,
  hasCommentFilters,
  NO_COMMENT_FILTERS,
  readCommentFilters,
} from "./comment-filters.ts";
import { CommentFiltersBar } from "./comment-filters-bar.tsx";
import { CommentList } from "./comment-list.tsx";
import { useComments } from "./comments-queries.ts";
import { LabelsSummaryCard } from "./labels-summary-card.tsx";
import { useTaxonomy } from "./taxonomy-queries.ts";
import { useTopicLabel } from "./use-topic-label.ts";

const TYPING_PAUSE_MS = 300;

export function CommentsTab() {
  const me = useCurrentMe();
  const canLabel = can(me.role, "text.label");
  const [params, setParams] = useSearchParams();
  const filters = readCommentFilters(params);
  const [text, setText] = useState(filters.q);
  const [typed] = useDebouncedValue(text.trim(), TYPING_PAUSE_MS);
  const topicLabel = useTopicLabel();
  const taxonomy = useTaxonomy();
  const topicOptions = useMemo(
    () =>
      (taxonomy.data?.topics ?? [])
        .map((topic) => ({ value: topic.id, label: topicLabel(topic.id) }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [taxonomy.data, topicLabel],
  );

  const apply = (next: CommentFilterState, replace = false) =>
    setParams(commentFiltersToSearch(next), { replace });

  useEffect(() => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (typed) next.set("q", typed);
        else next.delete("q");
        return next;
      },
      { replace: true },
    );
  }, [typed, setParams]);

  const comments = useComments(filters);

  return (
    <Stack gap="md">
      <CommentFiltersBar
        text={text}
        onTextChange={setText}
        value={filters}
        onChange={(next) => apply(next)}
        topics={topicOptions}
        searching={comments.isFetching && !comments.isFetchingNextPage}
      />
      <LabelsSummaryCard topicLabel={topicLabel} canLabel={canLabel} />
      <CommentList
        comments={comments}
        query={filters.q}
        filtered={hasCommentFilters(filters)}
        onClear={() => {
          setText("");
          apply(NO_COMMENT_FILTERS, true);
        }}
        topicLabel={topicLabel}
        topicOptions={topicOptions}
        canLabel={canLabel}
      />
    </Stack>
  );
}
