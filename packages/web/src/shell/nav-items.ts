// The navigation of the app shell, in order: overview, the product modules, then settings.

import {
  IconCalendarRepeat,
  IconChartBar,
  IconClipboardList,
  IconHistory,
  IconKey,
  IconLayoutDashboard,
  IconLayoutGrid,
  IconMessages,
  IconRoute,
  IconTargetArrow,
  IconTextScan2,
  IconTicket,
  IconUserSquareRounded,
  IconUsers,
  IconUsersGroup,
} from "@tabler/icons-react";
import type { Permission } from "@touchpoint/core";
import type { ComponentType } from "react";
import { UPCOMING_MODULES, type UpcomingModule } from "../features/upcoming/upcoming-modules.ts";

type NavLabel =
  | "overview"
  | "surveys"
  | "customers"
  | "feedback"
  | "dashboard"
  | "dashboards"
  | "members"
  | "apiKeys"
  | "contactRules"
  | "customerAttributes"
  | "auditLog"
  | UpcomingModule;

export interface NavItem {
  label: NavLabel;
  path: string;
  icon: ComponentType<{ size?: number; stroke?: number }>;
  testId: string;
  /** Shown only to roles with this permission. */
  permission?: Permission;
  /** Not built yet; the link leads to an honest "coming in a later release" page. */
  upcoming?: boolean;
}

const UPCOMING_ICONS: Record<UpcomingModule, NavItem["icon"]> = {
  responses: IconMessages,
  journeys: IconRoute,
  cases: IconTicket,
  cxProgramme: IconTargetArrow,
};

export const MODULE_NAV: readonly NavItem[] = [
  { label: "overview", path: "/", icon: IconLayoutDashboard, testId: "nav-overview" },
  {
    label: "surveys",
    path: "/surveys",
    icon: IconClipboardList,
    testId: "nav-surveys",
  },
  {
    label: "customers",
    path: "/customers",
    icon: IconUsers,
    testId: "nav-customers",
    permission: "customers.read",
  },
  {
    label: "feedback",
    path: "/feedback",
    icon: IconTextScan2,
    testId: "nav-feedback",
    permission: "responses.read",
  },
  {
    label: "dashboard",
    path: "/dashboard",
    icon: IconChartBar,
    testId: "nav-dashboard",
    permission: "analytics.read",
  },
  {
    label: "dashboards",
    path: "/dashboards",
    icon: IconLayoutGrid,
    testId: "nav-dashboards",
    permission: "analytics.read",
  },
  ...UPCOMING_MODULES.map(({ module, path }) => ({
    label: module,
    path,
    icon: UPCOMING_ICONS[module],
    testId: `nav-${path.slice(1)}`,
    upcoming: true,
  })),
];

export const SETTINGS_NAV: readonly NavItem[] = [
  {
    label: "members",
    path: "/settings/members",
    icon: IconUsersGroup,
    testId: "nav-members",
    permission: "members.read",
  },
  {
    label: "apiKeys",
    path: "/settings/api-keys",
    icon: IconKey,
    testId: "nav-api-keys",
    permission: "api-keys.read",
  },
  {
    label: "contactRules",
    path: "/settings/contact-rules",
    icon: IconCalendarRepeat,
    testId: "nav-contact-rules",
    permission: "workspace.read",
  },
  {
    label: "customerAttributes",
    path: "/settings/customer-attributes",
    icon: IconUserSquareRounded,
    testId: "nav-customer-attributes",
    permission: "workspace.read",
  },
  {
    label: "auditLog",
    path: "/settings/audit-log",
    icon: IconHistory,
    testId: "nav-audit-log",
    permission: "audit.read",
  },
];
