// Comments of the current workspace a page at a time, their labels (saved optimistically) and the count of
// labels per class.
import {
  type InfiniteData,
  type QueryKey,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import type {
  Comment,
  CommentLabelsInput,
  CommentPage,
  CommentTouchpoints,
  LabelsSummary,
} from "@touchpoint/core";
import { api } from "../../api/client.ts";
import { useCurrentMe } from "../auth/current-me.tsx";
import { type CommentFilterState, commentFiltersToSearch } from "./comment-filters.ts";
import { applyLabels } from "./comment-labels.ts";
import { textKeys } from "./text-query-keys.ts";

const PAGE_SIZE = 30;

/** Comments matching the filters, newest feedback first; the server folds case and diacritics of `q`. */
export function useComments(filters: CommentFilterState) {
  const { workspace } = useCurrentMe();
  const search = commentFiltersToSearch(filters);
  return useInfiniteQuery({
    queryKey: textKeys.commentList(workspace.id, search.toString()),
    queryFn: ({ pageParam }) => {
      const query = new URLSearchParams(search);
      query.set("limit", String(PAGE_SIZE));
      if (pageParam) query.set("cursor", pageParam);
      return api.get<CommentPage>(`/api/v1/text/comments?${query}`);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    select: (data) => data.pages.flatMap((page) => page.items),
    // A new search keeps the last comments on screen until the new ones arrive.
    placeholderData: (previous) => previous,
  });
}

export function useLabelsSummary() {
  const { workspace } = useCurrentMe();
  return useQuery({
    queryKey: textKeys.labelsSummary(workspace.id),
    queryFn: () => api.get<LabelsSummary>("/api/v1/text/labels/summary"),
  });
}

/**
 * The touchpoints of the workspace's comments, most commented first: the touchpoint filter's choices. Kept
 * outside the comment lists' prefix, whose entries a label change rewrites as pages. Asked for only once
 * `enabled` (the filter opened): the list reads every comment, which the page's first load need not wait on.
 */
export function useCommentTouchpoints(enabled: boolean) {
  const { workspace } = useCurrentMe();
  return useQuery({
    enabled,
    queryKey: [...textKeys.all(workspace.id), "touchpoints"],
    queryFn: () => api.get<CommentTouchpoints>("/api/v1/text/comments/touchpoints"),
    select: (data) => data.items,
  });
}

type CommentPages = InfiniteData<CommentPage, string | null>;

function replaceComment(data: CommentPages | undefined, id: string, change: (comment: Comment) => Comment) {
  if (!data) return data;
  return {
    ...data,
    pages: data.pages.map((page) => ({
      ...page,
      items: page.items.map((item) => (item.id === id ? change(item) : item)),
    })),
  };
}

/**
 * Sets or clears one comment's labels. Every loaded list shows the change at once; a failure puts back what
 * the lists showed before, and the answer replaces the guess with what the server stored.
 */
export function useSetCommentLabels(id: string) {
  const { workspace } = useCurrentMe();
  const queryClient = useQueryClient();
  const lists = textKeys.comments(workspace.id);
  return useMutation({
    mutationFn: (input: CommentLabelsInput) =>
      api.put<Comment>(`/api/v1/text/comments/${encodeURIComponent(id)}/labels`, input),
    onMutate: async (input) => {
      await queryClient.cancelQueries({ queryKey: lists });
      const before: [QueryKey, CommentPages | undefined][] = queryClient.getQueriesData<CommentPages>({
        queryKey: lists,
      });
      queryClient.setQueriesData<CommentPages>({ queryKey: lists }, (data) =>
        replaceComment(data, id, (comment) => ({ ...comment, labels: applyLabels(comment.labels, input) })),
      );
      return { before };
    },
    onError: (_error, _input, context) => {
      for (const [key, data] of context?.before ?? []) queryClient.setQueryData(key, data);
    },
    onSuccess: (comment) => {
      queryClient.setQueriesData<CommentPages>({ queryKey: lists }, (data) =>
        replaceComment(data, id, () => comment),
      );
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: textKeys.labelsSummary(workspace.id) }),
  });
}
