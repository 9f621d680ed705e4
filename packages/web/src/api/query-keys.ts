// TanStack Query keys of workspace data. Each carries the workspace id, so after a workspace switch no
// page can show another workspace's cached rows.
export const workspaceKeys = {
  all: (workspaceId: string) => ["workspaces", workspaceId] as const,
  members: (workspaceId: string) => ["workspaces", workspaceId, "members"] as const,
  apiKeys: (workspaceId: string) => ["workspaces", workspaceId, "api-keys"] as const,
  auditLog: (workspaceId: string) => ["workspaces", workspaceId, "audit-log"] as const,
  contactPolicy: (workspaceId: string) => ["workspaces", workspaceId, "contact-policy"] as const,
};
