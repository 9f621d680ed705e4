// What the auth gate tells the login page: where to return to, and whether a session just ended.
export interface LoginLocationState {
  from?: string;
  expired?: boolean;
}

export function readLoginLocationState(state: unknown): LoginLocationState {
  if (typeof state !== "object" || state === null) return {};
  const { from, expired } = state as Record<string, unknown>;
  return {
    // Only same-app paths, so a crafted link cannot bounce a fresh login to another site.
    from: typeof from === "string" && from.startsWith("/") && !from.startsWith("//") ? from : undefined,
    expired: expired === true,
  };
}
