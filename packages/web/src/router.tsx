// The route table: /login outside the shell; every other page inside the auth gate and the app shell.
import { lazy } from "react";
import { createBrowserRouter } from "react-router";
import { AuthGate } from "./features/auth/auth-gate.tsx";
import { LoginPage } from "./features/auth/login-page.tsx";
import { RequirePermission } from "./features/auth/require-permission.tsx";
import { OverviewPage } from "./features/overview/overview-page.tsx";
import { UpcomingModulePage } from "./features/upcoming/upcoming-module-page.tsx";
import { UPCOMING_MODULES } from "./features/upcoming/upcoming-modules.ts";
import { AppLayout } from "./shell/app-layout.tsx";
import { NotFoundPage } from "./shell/not-found-page.tsx";
import { RouteErrorPage } from "./shell/route-error-page.tsx";

// Settings pages are split out: most visits never open them.
const MembersPage = lazy(() =>
  import("./features/members/members-page.tsx").then((module) => ({ default: module.MembersPage })),
);
const ApiKeysPage = lazy(() =>
  import("./features/api-keys/api-keys-page.tsx").then((module) => ({ default: module.ApiKeysPage })),
);
// Surveys are their own chunk: the builder is the largest page of the dashboard.
const SurveysPage = lazy(() =>
  import("./features/surveys/surveys-page.tsx").then((module) => ({ default: module.SurveysPage })),
);
const SurveyEditorPage = lazy(() =>
  import("./features/surveys/editor/survey-editor-page.tsx").then((module) => ({
    default: module.SurveyEditorPage,
  })),
);
const AuditLogPage = lazy(() =>
  import("./features/audit-log/audit-log-page.tsx").then((module) => ({ default: module.AuditLogPage })),
);

const CustomersPage = lazy(() =>
  import("./features/customers/list/customers-page.tsx").then((module) => ({
    default: module.CustomersPage,
  })),
);
const CustomerProfilePage = lazy(() =>
  import("./features/customers/profile/customer-profile-page.tsx").then((module) => ({
    default: module.CustomerProfilePage,
  })),
);
const MergeSuggestionsPage = lazy(() =>
  import("./features/customers/merge/merge-suggestions-page.tsx").then((module) => ({
    default: module.MergeSuggestionsPage,
  })),
);
const SegmentsPage = lazy(() =>
  import("./features/customers/segments/segments-page.tsx").then((module) => ({
    default: module.SegmentsPage,
  })),
);
const SegmentEditorPage = lazy(() =>
  import("./features/customers/segments/segment-editor-page.tsx").then((module) => ({
    default: module.SegmentEditorPage,
  })),
);
const PersonasPage = lazy(() =>
  import("./features/customers/personas/personas-page.tsx").then((module) => ({
    default: module.PersonasPage,
  })),
);
const PersonaEditorPage = lazy(() =>
  import("./features/customers/personas/persona-editor-page.tsx").then((module) => ({
    default: module.PersonaEditorPage,
  })),
);
const AttributeDefinitionsPage = lazy(() =>
  import("./features/customers/attribute-settings/attribute-definitions-page.tsx").then((module) => ({
    default: module.AttributeDefinitionsPage,
  })),
);

const FeedbackPage = lazy(() =>
  import("./features/text/feedback-page.tsx").then((module) => ({ default: module.FeedbackPage })),
);

const DashboardPage = lazy(() =>
  import("./features/analytics/dashboard-page.tsx").then((module) => ({ default: module.DashboardPage })),
);

const DashboardsPage = lazy(() =>
  import("./features/dashboards/dashboards-page.tsx").then((module) => ({ default: module.DashboardsPage })),
);
const SavedDashboardPage = lazy(() =>
  import("./features/dashboards/saved-dashboard-page.tsx").then((module) => ({
    default: module.SavedDashboardPage,
  })),
);

const ContactRulesPage = lazy(() =>
  import("./features/contact-rules/contact-rules-page.tsx").then((module) => ({
    default: module.ContactRulesPage,
  })),
);

export const router = createBrowserRouter([
  { path: "/login", element: <LoginPage />, errorElement: <RouteErrorPage /> },
  {
    element: <AuthGate />,
    errorElement: <RouteErrorPage />,
    children: [
      {
        element: <AppLayout />,
        children: [
          {
            errorElement: <RouteErrorPage />,
            children: [
              { index: true, element: <OverviewPage /> },
              {
                path: "/surveys",
                element: (
                  <RequirePermission permission="surveys.read">
                    <SurveysPage />
                  </RequirePermission>
                ),
              },
              {
                path: "/surveys/:id/:tab?",
                element: (
                  <RequirePermission permission="surveys.read">
                    <SurveyEditorPage />
                  </RequirePermission>
                ),
              },
              {
                path: "/customers",
                element: (
                  <RequirePermission permission="customers.read">
                    <CustomersPage />
                  </RequirePermission>
                ),
              },
              // Static paths rank above /customers/:id, so these never read as a customer's id.
              ...(
                [
                  ["/customers/merge-suggestions", <MergeSuggestionsPage key="suggestions" />],
                  ["/customers/segments", <SegmentsPage key="segments" />],
                  ["/customers/segments/:id", <SegmentEditorPage key="segment" />],
                  ["/customers/personas", <PersonasPage key="personas" />],
                  ["/customers/personas/:id", <PersonaEditorPage key="persona" />],
                ] as const
              ).map(([path, page]) => ({
                path,
                element: <RequirePermission permission="customers.read">{page}</RequirePermission>,
              })),
              {
                path: "/customers/:id/:tab?",
                element: (
                  <RequirePermission permission="customers.read">
                    <CustomerProfilePage />
                  </RequirePermission>
                ),
              },
              {
                path: "/feedback/:tab?",
                element: (
                  <RequirePermission permission="responses.read">
                    <FeedbackPage />
                  </RequirePermission>
                ),
              },
              {
                path: "/dashboard",
                element: (
                  <RequirePermission permission="analytics.read">
                    <DashboardPage />
                  </RequirePermission>
                ),
              },
              {
                path: "/dashboards",
                element: (
                  <RequirePermission permission="analytics.read">
                    <DashboardsPage />
                  </RequirePermission>
                ),
              },
              {
                path: "/dashboards/:id",
                element: (
                  <RequirePermission permission="analytics.read">
                    <SavedDashboardPage />
                  </RequirePermission>
                ),
              },
              ...UPCOMING_MODULES.map(({ module, path }) => ({
                path,
                element: <UpcomingModulePage module={module} />,
              })),
              {
                path: "/settings/members",
                element: (
                  <RequirePermission permission="members.read">
                    <MembersPage />
                  </RequirePermission>
                ),
              },
              {
                path: "/settings/api-keys",
                element: (
                  <RequirePermission permission="api-keys.read">
                    <ApiKeysPage />
                  </RequirePermission>
                ),
              },
              { path: "/settings/contact-rules", element: <ContactRulesPage /> },
              {
                path: "/settings/customer-attributes",
                element: (
                  <RequirePermission permission="workspace.read">
                    <AttributeDefinitionsPage />
                  </RequirePermission>
                ),
              },
              {
                path: "/settings/audit-log",
                element: (
                  <RequirePermission permission="audit.read">
                    <AuditLogPage />
                  </RequirePermission>
                ),
              },
              { path: "*", element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);
