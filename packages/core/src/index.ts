// Public surface of @touchpoint/core: pure domain code shared by server, web and widget.

export * from "./analytics/index.ts";
export * from "./analytics/query.ts";
export * from "./contacts/contact-rules.ts";
export * from "./customers/index.ts";
export * from "./invitations/invitation-shapes.ts";
export * from "./platform/problem.ts";
export * from "./platform/roles.ts";
export * from "./platform/schemas.ts";
export * from "./surveys/index.ts";
export * from "./text/index.ts";
