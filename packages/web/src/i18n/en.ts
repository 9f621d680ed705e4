// English UI strings; the shape of this object is the shape every other language must match.
// Large features keep their strings beside their code and are merged in here.

import { dashboardEn } from "../features/analytics/messages/en.ts";
import { contactRulesEn } from "../features/contact-rules/messages/en.ts";
import { customersEn } from "../features/customers/messages/en.ts";
import { dashboardsEn } from "../features/dashboards/messages/en.ts";
import { invitationsEn } from "../features/invitations/messages/en.ts";
import { responsesEn } from "../features/responses/messages/en.ts";
import { surveysEn } from "../features/surveys/messages/en.ts";
import { feedbackEn } from "../features/text/messages/en.ts";

export const en = {
  app: {
    name: "Touchpoint",
    loading: "Loading…",
    retry: "Try again",
    cancel: "Cancel",
    close: "Close",
    copy: "Copy",
    copied: "Copied",
    never: "Never",
  },
  language: {
    label: "Language",
  },
  auth: {
    title: "Log in",
    subtitle: "Customer experience, from every touchpoint, in one place.",
    email: "Email",
    emailPlaceholder: "you@company.com",
    password: "Password",
    submit: "Log in",
    logout: "Log out",
    userMenu: "Account",
    signedInAs: "Signed in as {{name}}",
    apiKeyCaller: "API key: {{name}}",
    sessionExpired: "Your session has ended. Please log in again.",
  },
  workspace: {
    label: "Workspace",
    switched: "You are now working in {{name}}.",
  },
  nav: {
    label: "Modules",
    toggle: "Show or hide navigation",
    overview: "Overview",
    surveys: "Surveys",
    responses: "Responses",
    customers: "Customers",
    journeys: "Journeys",
    feedback: "Customer feedback",
    dashboard: "CX by survey",
    dashboards: "Dashboards",
    cases: "Cases",
    cxProgramme: "CX programme",
    settings: "Settings",
    members: "Members",
    apiKeys: "API keys",
    contactRules: "Contact rules",
    customerAttributes: "Customer attributes",
    auditLog: "Audit log",
    soon: "Soon",
  },
  upcoming: {
    title: "{{module}} is arriving in a coming release",
    body: "This module is not built yet, so there is nothing here, and we do not show sample data in its place.",
    whatItWillDo: "What it will do",
    backToOverview: "Back to the overview",
    modules: {
      responses:
        "One inbox for every answer across all surveys, filtered by touchpoint and period, with export. Until then, each survey's answers are on its Responses tab.",
      journeys:
        "Map the stages of your customer journey and see how the experience feels at each touchpoint.",
      cases: "Close the loop: turn a detractor's feedback into a case your team follows up to the end.",
      cxProgramme: "Set goals, owners and review dates for your CX programme and track how it is going.",
    },
  },
  overview: {
    title: "Welcome to {{workspace}}",
    intro:
      "Touchpoint collects what your customers tell you at every touchpoint and helps your team act on it. This workspace is ready; here is where to start.",
    setupTitle: "Set up your workspace",
    membersHint: "Invite your team and give each person the role they need.",
    apiKeysHint: "Create a key so your own systems can send interactions and responses.",
    auditHint: "See who changed what, and when.",
    nextTitle: "What's next",
    next: {
      surveys: "Surveys and the website widget, to start collecting NPS, CSAT and CES answers.",
      responses: "A response inbox and customer profiles that link answers to the people who gave them.",
      analytics: "Analytics and text analytics that show trends and the reasons behind the scores.",
      cases: "Cases, so that unhappy customers get a follow-up.",
    },
  },
  roles: {
    label: "Role",
    owner: "Owner",
    admin: "Admin",
    analyst: "Analyst",
    agent: "Agent",
    viewer: "Viewer",
  },
  members: {
    title: "Members",
    intro: "People who can sign in to this workspace, and what their role lets them do.",
    name: "Name",
    email: "Email",
    role: "Role",
    joined: "Joined",
    actions: "Actions",
    you: "You",
    changeRole: "Change role of {{name}}",
    remove: "Remove",
    removeTitle: "Remove {{name}}?",
    removeBody:
      "{{name}} ({{email}}) will lose access to this workspace at once. Their account stays; you can add them again later.",
    removed: "{{name}} was removed from the workspace.",
    roleChanged: "{{name}} is now {{role}}.",
    empty: "No members yet. Add the first teammate with the form below.",
    emptyReadOnly: "No members yet. An owner or admin can add people to this workspace.",
    addTitle: "Add a member",
    addHint:
      "If the person has no Touchpoint account yet, set an initial password and share it with them safely.",
    namePlaceholder: "Nguyễn Văn An",
    password: "Initial password (optional)",
    passwordHint: "At least 10 characters. Only needed for a new account.",
    add: "Add member",
    added: "{{email}} was added to the workspace.",
  },
  apiKeys: {
    title: "API keys",
    intro: "Keys let your own systems call the Touchpoint API. A key acts with the role you give it.",
    name: "Name",
    namePlaceholder: "CRM sync",
    prefix: "Prefix",
    role: "Role",
    created: "Created",
    lastUsed: "Last used",
    status: "Status",
    actions: "Actions",
    active: "Active",
    revoked: "Revoked",
    empty: "No API keys yet. Create one below when a system needs to talk to Touchpoint.",
    emptyReadOnly:
      "No API keys yet. An owner or admin can create one when a system needs to talk to Touchpoint.",
    createTitle: "Create an API key",
    create: "Create key",
    secretTitle: "Your new API key “{{name}}”",
    secretWarning: "Copy it now and keep it somewhere safe: this is the only time it will be shown.",
    secretDone: "I have stored it",
    revoke: "Revoke",
    revokeTitle: "Revoke “{{name}}”?",
    revokeBody: "Any system using this key will be refused from now on. This cannot be undone.",
    revokedNotice: "The key “{{name}}” was revoked.",
  },
  audit: {
    title: "Audit log",
    intro: "Every change to members, roles and API keys in this workspace, newest first.",
    time: "Time",
    actor: "Actor",
    action: "Action",
    target: "Target",
    details: "Details",
    showDetails: "Show before and after",
    hideDetails: "Hide before and after",
    before: "Before",
    after: "After",
    nothing: "(nothing)",
    loadMore: "Load more",
    empty: "Nothing has been recorded yet. Changes to members and API keys will appear here.",
    actorTypes: {
      user: "Person",
      api_key: "API key",
      system: "System",
    },
  },
  problems: {
    fieldErrors: "Please check:",
    unknown: {
      title: "Something went wrong",
      detail: "An unexpected error happened. Try again; if it keeps happening, tell your administrator.",
    },
    network_error: {
      title: "Cannot reach Touchpoint",
      detail: "Check your connection; the server may also be restarting.",
    },
    invalid_credentials: {
      title: "Wrong email or password",
      detail: "Check both and try again.",
    },
    too_many_attempts: {
      title: "Too many attempts",
      detail_one: "For your safety, logging in is paused. Try again in {{count}} second.",
      detail_other: "For your safety, logging in is paused. Try again in {{count}} seconds.",
    },
    validation_failed: {
      title: "Some fields need attention",
      detail: "Correct the fields below and send again.",
    },
    csrf_failed: {
      title: "This page is out of date",
      detail: "Reload the page and try again.",
    },
    rate_limited: {
      title: "Too many requests",
      detail: "Touchpoint is receiving too many requests from you. Wait a moment and try again.",
    },
    retryIn_one: "Try again in {{count}} second.",
    retryIn_other: "Try again in {{count}} seconds.",
    unauthenticated: {
      title: "Please log in",
      detail: "Your session has ended.",
    },
    forbidden: {
      title: "Not allowed",
      detail: "Your role does not allow this action.",
    },
    service_unavailable: {
      title: "Touchpoint is unavailable",
      detail: "The server cannot reach its database right now. Try again shortly.",
    },
  },
  pages: {
    notFoundTitle: "Page not found",
    notFoundBody: "There is no page at this address.",
    forbiddenTitle: "You do not have access to this page",
    forbiddenBody: "Your role in this workspace does not include it. Ask an owner or admin if you need it.",
    backHome: "Go to the overview",
    reload: "Reload the page",
  },
  surveys: surveysEn,
  invitations: invitationsEn,
  contactRules: contactRulesEn,
  responses: responsesEn,
  customers: customersEn,
  feedback: feedbackEn,
  dashboard: dashboardEn,
  dashboards: dashboardsEn,
};

export type Messages = typeof en;
