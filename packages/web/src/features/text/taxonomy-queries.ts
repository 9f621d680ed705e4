// The workspace's topic taxonomy, its changes, and the re-enrichment run each change starts.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ReenrichmentState, Topic, WorkspaceTaxonomy } from "@touchpoint/core";
import { api, request } from "../../api/client.ts";
import { useCurrentMe } from "../auth/current-me.tsx";
import { textKeys } from "./text-query-keys.ts";

/** How often a running re-enrichment is asked for its progress. */
const PROGRESS_POLL_MS = 2_000;

const topicPath = (id: string) => `/api/v1/text/taxonomy/topics/${encodeURIComponent(id)}`;

export function useTaxonomy() {
  const { workspace } = useCurrentMe();
  return useQuery({
    queryKey: textKeys.taxonomy(workspace.id),
    queryFn: () => api.get<WorkspaceTaxonomy>("/api/v1/text/taxonomy"),
  });
}

/** Whether a run ended between two reads: the one seen running, or one started and done in between. */
function finishedSince(previous: ReenrichmentState, next: ReenrichmentState): boolean {
  if (!next.run || next.run.status === "running") return false;
  return previous.run?.status === "running" || previous.run?.id !== next.run.id;
}

/** The latest run, asked again every 2 s while it runs; its end refreshes what it changed. */
export function useReenrichment() {
  const { workspace } = useCurrentMe();
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: textKeys.reenrichment(workspace.id),
    queryFn: async () => {
      const previous = queryClient.getQueryData<ReenrichmentState>(textKeys.reenrichment(workspace.id));
      const state = await api.get<ReenrichmentState>("/api/v1/text/reenrichment");
      if (previous && finishedSince(previous, state)) {
        // Comments now carry the new topics: lists, trends and label counts may all have changed.
        for (const key of [
          textKeys.comments(workspace.id),
          textKeys.labelsSummary(workspace.id),
          [...textKeys.all(workspace.id), "trends"],
          textKeys.emergingThemes(workspace.id),
        ]) {
          void queryClient.invalidateQueries({ queryKey: key });
        }
      }
      return state;
    },
    refetchInterval: (query) => (query.state.data?.run?.status === "running" ? PROGRESS_POLL_MS : false),
  });
}

/** After a change: the taxonomy from the answer, and the run it started. */
function useStoreTaxonomy() {
  const { workspace } = useCurrentMe();
  const queryClient = useQueryClient();
  return async (taxonomy: WorkspaceTaxonomy) => {
    queryClient.setQueryData(textKeys.taxonomy(workspace.id), taxonomy);
    await queryClient.invalidateQueries({ queryKey: textKeys.reenrichment(workspace.id) });
  };
}

export function useSaveTopic() {
  const store = useStoreTaxonomy();
  return useMutation({
    mutationFn: (topic: Topic) => api.put<WorkspaceTaxonomy>(topicPath(topic.id), topic),
    onSuccess: store,
  });
}

export function useDeleteTopic() {
  const store = useStoreTaxonomy();
  return useMutation({
    mutationFn: (id: string) => request<WorkspaceTaxonomy>("DELETE", topicPath(id)),
    onSuccess: store,
  });
}

export function useStartReenrichment() {
  const { workspace } = useCurrentMe();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<ReenrichmentState>("/api/v1/text/reenrichment"),
    onSuccess: (state) => queryClient.setQueryData(textKeys.reenrichment(workspace.id), state),
  });
}
