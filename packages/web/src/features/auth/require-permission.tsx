// Renders its children only when the caller's role has the permission; otherwise says why not.
import { can, type Permission } from "@touchpoint/core";
import type { ReactNode } from "react";
import { ForbiddenPage } from "../../shell/forbidden-page.tsx";
import { useCurrentMe } from "./current-me.tsx";

export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const me = useCurrentMe();
  return can(me.role, permission) ? children : <ForbiddenPage />;
}
