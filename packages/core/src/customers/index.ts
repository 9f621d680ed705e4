// Customers: profiles, identities, interactions, segments and personas.

export * from "./customer-shapes.ts";
export * from "./identity-values.ts";
export * from "./interaction-shapes.ts";
export * from "./persona-shapes.ts";
export * from "./segment-rules.ts";
export * from "./timeline-shapes.ts";
