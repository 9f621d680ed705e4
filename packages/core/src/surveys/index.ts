// Surveys: definitions, logic, answers and the API shapes.
export * from "./api.ts";
export * from "./conditions.ts";
export * from "./definition.ts";
export * from "./examples.ts";
export * from "./localized-text.ts";
export * from "./questions.ts";
