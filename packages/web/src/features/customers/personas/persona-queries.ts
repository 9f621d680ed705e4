// Personas: the gallery, one persona, and create, replace, remove.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Persona, PersonaInput } from "@touchpoint/core";
import { api } from "../../../api/client.ts";
import { workspaceKeys } from "../../../api/query-keys.ts";
import { useCurrentMe } from "../../auth/current-me.tsx";
import { customerKeys } from "../customer-query-keys.ts";

const personaPath = (id: string) => `/api/v1/personas/${encodeURIComponent(id)}`;

export function usePersonas() {
  const { workspace } = useCurrentMe();
  return useQuery({
    queryKey: customerKeys.personas(workspace.id),
    queryFn: () => api.get<{ items: Persona[] }>("/api/v1/personas"),
    select: (list) => list.items,
  });
}

export function usePersona(id: string | null) {
  const { workspace } = useCurrentMe();
  return useQuery({
    queryKey: customerKeys.persona(workspace.id, id ?? ""),
    queryFn: () => api.get<Persona>(personaPath(id ?? "")),
    enabled: id !== null,
  });
}

function useRefreshPersonas() {
  const { workspace } = useCurrentMe();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: customerKeys.personas(workspace.id) }),
      queryClient.invalidateQueries({ queryKey: workspaceKeys.auditLog(workspace.id) }),
    ]);
}

/** Creates the persona, or replaces it when an id is given. */
export function useSavePersona(id: string | null) {
  const refresh = useRefreshPersonas();
  return useMutation({
    mutationFn: (input: PersonaInput) =>
      id ? api.put<Persona>(personaPath(id), input) : api.post<Persona>("/api/v1/personas", input),
    onSuccess: refresh,
  });
}

export function useDeletePersona() {
  const refresh = useRefreshPersonas();
  return useMutation({ mutationFn: (id: string) => api.delete(personaPath(id)), onSuccess: refresh });
}
