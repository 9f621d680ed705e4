// Roles and the one declarative permission table every route guard and UI menu reads.
import { z } from "zod";

export const ROLES = ["owner", "admin", "analyst", "agent", "viewer"] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Every action a caller can be allowed to do; feature modules add theirs here. */
export const PERMISSIONS = [
  "workspace.read",
  "workspace.manage",
  "members.read",
  "members.manage",
  "api-keys.read",
  "api-keys.manage",
  "audit.read",
  "surveys.read",
  "surveys.manage",
  "responses.read",
  "responses.submit",
  "invitations.read",
  "invitations.send",
  "customers.read",
  "customers.manage",
  "customers.merge",
  "customers.erase",
  "interactions.write",
  "text.label",
  "text.manage",
  "analytics.read",
  "dashboards.manage",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const everyone: readonly Role[] = ROLES;
const managers: readonly Role[] = ["owner", "admin"];

/** Who may do what. Owner-only actions (transfer ownership) are decided in the service, not here. */
export const PERMISSION_TABLE: Readonly<Record<Permission, readonly Role[]>> = {
  "workspace.read": everyone,
  "workspace.manage": managers,
  "members.read": ["owner", "admin", "analyst"],
  "members.manage": managers,
  "api-keys.read": managers,
  "api-keys.manage": managers,
  "audit.read": managers,
  "surveys.read": everyone,
  "surveys.manage": ["owner", "admin", "analyst"],
  "responses.read": everyone,
  // Agents log answers taken on the phone or at the counter; integrations use agent or analyst keys.
  "responses.submit": ["owner", "admin", "analyst", "agent"],
  "invitations.read": everyone,
  "invitations.send": ["owner", "admin", "analyst"],
  // Front-line agents see the customer they serve and may correct a profile (consent, preferences).
  "customers.read": everyone,
  "customers.manage": ["owner", "admin", "analyst", "agent"],
  "customers.merge": ["owner", "admin", "analyst"],
  // Erasure is irreversible and a legal act: managers only.
  "customers.erase": managers,
  "interactions.write": ["owner", "admin", "analyst", "agent"],
  // Labels are training data for the organisation's models: the roles that edit surveys give them.
  "text.label": ["owner", "admin", "analyst"],
  // The taxonomy changes every analysis and starts a re-enrichment of all feedback.
  "text.manage": managers,
  // Every role that reads responses reads their aggregates; small groups are suppressed for anonymity.
  "analytics.read": everyone,
  // Dashboards are read by everyone who reads analytics (a link shared inside the workspace opens for all).
  "dashboards.manage": ["owner", "admin", "analyst"],
};

export function can(role: Role, permission: Permission): boolean {
  return PERMISSION_TABLE[permission].includes(role);
}

/** A member may grant only roles at or below their own; the order of ROLES is the order of power. */
export function canGrant(granter: Role, role: Role): boolean {
  return ROLES.indexOf(granter) <= ROLES.indexOf(role);
}
