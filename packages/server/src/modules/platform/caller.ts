// Who is making a request: a logged-in user (session cookie) or an API key, always inside one workspace.
import type { Role } from "@touchpoint/core";

export interface Caller {
  kind: "user" | "api_key";
  workspaceId: string;
  role: Role;
  userId: string | null;
  apiKeyId: string | null;
  /** Email of the user or name of the key, as the audit log shows it. */
  label: string;
  session: { tokenHash: string; csrfToken: string } | null;
  requestId: string | null;
}

export interface AuditActor {
  type: "user" | "api_key" | "system";
  id: string | null;
  label: string;
  requestId: string | null;
}

export function actorOf(caller: Caller): AuditActor {
  return {
    type: caller.kind,
    id: caller.userId ?? caller.apiKeyId,
    label: caller.label,
    requestId: caller.requestId,
  };
}

export const systemActor: AuditActor = { type: "system", id: null, label: "system", requestId: null };
