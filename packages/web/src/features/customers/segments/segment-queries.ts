// Segments: the list, one segment, its live count, the builder's live preview of an unsaved definition, and
// create, replace, remove. Counts and previews live under the customers' keys: a profile change moves them.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  Segment,
  SegmentCount,
  SegmentDefinition,
  SegmentInput,
  SegmentPreview,
} from "@touchpoint/core";
import { api } from "../../../api/client.ts";
import { workspaceKeys } from "../../../api/query-keys.ts";
import { useCurrentMe } from "../../auth/current-me.tsx";
import { customerKeys } from "../customer-query-keys.ts";

const segmentPath = (id: string) => `/api/v1/segments/${encodeURIComponent(id)}`;

export function useSegments() {
  const { workspace } = useCurrentMe();
  return useQuery({
    queryKey: customerKeys.segments(workspace.id),
    queryFn: () => api.get<{ items: Segment[] }>("/api/v1/segments"),
    select: (list) => list.items,
  });
}

export function useSegment(id: string | null) {
  const { workspace } = useCurrentMe();
  return useQuery({
    queryKey: customerKeys.segment(workspace.id, id ?? ""),
    queryFn: () => api.get<Segment>(segmentPath(id ?? "")),
    enabled: id !== null,
  });
}

export function useSegmentCount(id: string) {
  const { workspace } = useCurrentMe();
  return useQuery({
    queryKey: customerKeys.segmentCount(workspace.id, id),
    queryFn: () => api.get<SegmentCount>(`${segmentPath(id)}/count`),
    select: (answer) => answer.count,
  });
}

/** The live count and first customers of a definition; null while the form cannot be read yet. */
export function useSegmentPreview(definition: SegmentDefinition | null) {
  const { workspace } = useCurrentMe();
  const key = definition ? JSON.stringify(definition) : "";
  return useQuery({
    queryKey: customerKeys.segmentPreview(workspace.id, key),
    queryFn: () => api.post<SegmentPreview>("/api/v1/segments/preview", { definition }),
    enabled: definition !== null,
    // The last preview stays while the next one is counted, so the number does not flicker while typing.
    placeholderData: keepPreviousData,
    retry: false,
  });
}

function useRefreshSegments() {
  const { workspace } = useCurrentMe();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: customerKeys.segments(workspace.id) }),
      queryClient.invalidateQueries({ queryKey: [...customerKeys.all(workspace.id), "segment-count"] }),
      queryClient.invalidateQueries({ queryKey: customerKeys.lists(workspace.id) }),
      queryClient.invalidateQueries({ queryKey: workspaceKeys.auditLog(workspace.id) }),
    ]);
}

/** Creates the segment, or replaces it when an id is given. */
export function useSaveSegment(id: string | null) {
  const refresh = useRefreshSegments();
  return useMutation({
    mutationFn: (input: SegmentInput) =>
      id ? api.put<Segment>(segmentPath(id), input) : api.post<Segment>("/api/v1/segments", input),
    onSuccess: refresh,
  });
}

export function useDeleteSegment() {
  const refresh = useRefreshSegments();
  return useMutation({ mutationFn: (id: string) => api.delete(segmentPath(id)), onSuccess: refresh });
}
