// Email invitations of a survey: send a batch (JSON or a CSV file), list the survey's sends, and page through
// one send's invitations.
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import type {
  Invitation,
  InvitationBatch,
  InvitationStatus,
  SendInvitationsInput,
  SendInvitationsResult,
} from "@touchpoint/core";
import { api, TextBody } from "../../api/client.ts";
import { useCurrentMe } from "../auth/current-me.tsx";
import { surveyKeys } from "../surveys/survey-query-keys.ts";
import { type SendSettings, settingsQuery } from "./csv-send.ts";

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

const invitationsPath = (surveyId: string) => `/api/v1/surveys/${encodeURIComponent(surveyId)}/invitations`;

/** After a send: the survey's sends are refetched, so the new one is listed. */
function useRefetchBatches(surveyId: string) {
  const { workspace } = useCurrentMe();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: invitationKeys.batches(workspace.id, surveyId) });
}

export function useSendInvitations(surveyId: string) {
  const refetchBatches = useRefetchBatches(surveyId);
  return useMutation({
    mutationFn: (input: SendInvitationsRequest) =>
      api.post<SendInvitationsResult>(invitationsPath(surveyId), input),
    onSuccess: refetchBatches,
  });
}

/** A CSV file of recipients, read in the browser; the server reads its columns (recipients-csv.ts). */
export interface RecipientsCsv {
  fileName: string;
  text: string;
}

/** Sends an uploaded CSV as it is (text/csv), with the other settings of the send in the query. */
export function useSendInvitationsCsv(surveyId: string) {
  const refetchBatches = useRefetchBatches(surveyId);
  return useMutation({
    mutationFn: ({ csv, settings }: { csv: RecipientsCsv; settings: SendSettings }) =>
      api.post<SendInvitationsResult>(
        `${invitationsPath(surveyId)}?${settingsQuery(settings)}`,
        new TextBody(csv.text, "text/csv"),
      ),
    onSuccess: refetchBatches,
  });
}
