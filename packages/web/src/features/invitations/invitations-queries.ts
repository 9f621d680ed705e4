// Email invitations of a survey: send a batch, list the survey's sends, and page through one send's invitations.
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import type {
  Invitation,
  InvitationBatch,
  InvitationStatus,
  SendInvitationsInput,
  SendInvitationsResult,
} from "@touchpoint/core";
import { api } from "../../api/client.ts";
import { useCurrentMe } from "../auth/current-me.tsx";
import { surveyKeys } from "../surveys/survey-query-keys.ts";

const BATCH_PAGE_SIZE = 20;
const INVITATION_PAGE_SIZE = 50;

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** What POST accepts: reminders may be left out (none), as the server fills in the default. */
export type SendInvitationsRequest = Omit<SendInvitationsInput, "reminders"> & {
  reminders?: SendInvitationsInput["reminders"];
};

const invitationKeys = {
  batches: (workspaceId: string, surveyId: string) =>
    [...surveyKeys.detail(workspaceId, surveyId), "invitation-batches"] as const,
  invitations: (workspaceId: string, surveyId: string, batchId: string, status: string) =>
    [...surveyKeys.detail(workspaceId, surveyId), "invitation-batches", batchId, status] as const,
};

export function useInvitationBatches(surveyId: string) {
  const { workspace } = useCurrentMe();
  return useInfiniteQuery({
    queryKey: invitationKeys.batches(workspace.id, surveyId),
    queryFn: ({ pageParam }) => {
      const query = new URLSearchParams({ limit: String(BATCH_PAGE_SIZE) });
      if (pageParam) query.set("cursor", pageParam);
      return api.get<Page<InvitationBatch>>(
        `/api/v1/surveys/${encodeURIComponent(surveyId)}/invitations/batches?${query}`,
      );
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    select: (data) => data.pages.flatMap((page) => page.items),
  });
}

export function useBatchInvitations(batch: InvitationBatch, status: InvitationStatus | null) {
  const { workspace } = useCurrentMe();
  return useInfiniteQuery({
    queryKey: invitationKeys.invitations(workspace.id, batch.surveyId, batch.id, status ?? "all"),
    queryFn: ({ pageParam }) => {
      const query = new URLSearchParams({ limit: String(INVITATION_PAGE_SIZE) });
      if (status) query.set("status", status);
      if (pageParam) query.set("cursor", pageParam);
      return api.get<Page<Invitation>>(
        `/api/v1/invitation-batches/${encodeURIComponent(batch.id)}/invitations?${query}`,
      );
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    select: (data) => data.pages.flatMap((page) => page.items),
  });
}

export function useSendInvitations(surveyId: string) {
  const { workspace } = useCurrentMe();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SendInvitationsRequest) =>
      api.post<SendInvitationsResult>(`/api/v1/surveys/${encodeURIComponent(surveyId)}/invitations`, input),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: invitationKeys.batches(workspace.id, surveyId) }),
  });
}
