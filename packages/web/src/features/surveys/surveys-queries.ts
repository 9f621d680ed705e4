// Surveys of the current workspace: the list, one survey, and the changes a builder makes to it.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  CreateSurveyInput,
  QuotaProgress,
  Survey,
  SurveyDefinitionInput,
  SurveyStatus,
  SurveySummary,
  UpdateSurveyInput,
} from "@touchpoint/core";
import { api } from "../../api/client.ts";
import { workspaceKeys } from "../../api/query-keys.ts";
import { useCurrentMe } from "../auth/current-me.tsx";
import { surveyKeys } from "./survey-query-keys.ts";

const PAGE_SIZE = 50;

interface SurveysPage {
  items: SurveySummary[];
  nextCursor: string | null;
}

/** What POST /surveys accepts: the definition before defaults (theme, hidden fields) are filled in. */
type NewSurvey = Omit<CreateSurveyInput, "definition"> & { definition: SurveyDefinitionInput };

const surveyPath = (id: string) => `/api/v1/surveys/${encodeURIComponent(id)}`;

export function useSurveys(status: SurveyStatus | null) {
  const { workspace } = useCurrentMe();
  return useInfiniteQuery({
    queryKey: surveyKeys.list(workspace.id, status ?? "all"),
    queryFn: ({ pageParam }) => {
      const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
      if (status) query.set("status", status);
      if (pageParam) query.set("cursor", pageParam);
      return api.get<SurveysPage>(`/api/v1/surveys?${query}`);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    select: (data) => data.pages.flatMap((page) => page.items),
  });
}

/** The survey; `refreshEveryMs` keeps it fresh while a screen shows its live response count. */
export function useSurvey(id: string, refreshEveryMs?: number) {
  const { workspace } = useCurrentMe();
  return useQuery({
    queryKey: surveyKeys.detail(workspace.id, id),
    queryFn: () => api.get<Survey>(surveyPath(id)),
    refetchInterval: refreshEveryMs ?? false,
  });
}

/** How full each saved quota is; refreshed while the builder is open, as responses keep coming. */
export function useQuotaProgress(surveyId: string) {
  const { workspace } = useCurrentMe();
  return useQuery({
    queryKey: surveyKeys.quotas(workspace.id, surveyId),
    queryFn: () => api.get<{ items: QuotaProgress[] }>(`${surveyPath(surveyId)}/quotas`),
    select: (page) => page.items,
    refetchInterval: 30_000,
  });
}

/** After a change: the survey itself from the answer, the lists and the audit log refetched. */
function useStoreSurvey() {
  const { workspace } = useCurrentMe();
  const queryClient = useQueryClient();
  return async (survey: Survey) => {
    queryClient.setQueryData(surveyKeys.detail(workspace.id, survey.id), survey);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: surveyKeys.lists(workspace.id) }),
      queryClient.invalidateQueries({ queryKey: workspaceKeys.auditLog(workspace.id) }),
    ]);
  };
}

export function useCreateSurvey() {
  const store = useStoreSurvey();
  return useMutation({
    mutationFn: (input: NewSurvey) => api.post<Survey>("/api/v1/surveys", input),
    onSuccess: store,
  });
}

export interface ImportedSurvey {
  survey: Survey;
  unmapped: { path: string; what: string; reason: string }[];
  warnings: string[];
}

/** Creates a draft from a survey file of another tool (or a Touchpoint export). */
export function useImportSurvey() {
  const store = useStoreSurvey();
  return useMutation({
    mutationFn: async (file: File) =>
      api.post<ImportedSurvey>("/api/v1/surveys/import", { fileName: file.name, content: await file.text() }),
    onSuccess: (result) => store(result.survey),
  });
}

export function useUpdateSurvey(id: string) {
  const store = useStoreSurvey();
  return useMutation({
    mutationFn: (input: UpdateSurveyInput) => api.patch<Survey>(surveyPath(id), input),
    onSuccess: store,
  });
}

export function useChangeSurveyStatus(id: string) {
  const store = useStoreSurvey();
  return useMutation({
    mutationFn: (status: SurveyStatus) => api.post<Survey>(`${surveyPath(id)}/status`, { status }),
    onSuccess: store,
  });
}

export function useDeleteSurvey(id: string) {
  const { workspace } = useCurrentMe();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete(surveyPath(id)),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: surveyKeys.detail(workspace.id, id) });
      await queryClient.invalidateQueries({ queryKey: surveyKeys.all(workspace.id) });
    },
  });
}
