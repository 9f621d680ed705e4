// Every Drizzle table of every module, gathered for the query builder and drizzle-kit.
export * from "../../modules/analytics/schema.ts";
export * from "../../modules/contacts/schema.ts";
export * from "../../modules/customers/schema.ts";
export * from "../../modules/invitations/schema.ts";
export * from "../../modules/platform/schema.ts";
export * from "../../modules/responses/schema.ts";
export * from "../../modules/surveys/schema.ts";
export * from "../../modules/text/schema.ts";
export * from "../../modules/widget-identity/schema.ts";
export * from "../jobs/schema.ts";
