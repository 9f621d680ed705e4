// Surveys: definitions, logic, answers and the API shapes.

export * from "./answers.ts";
export * from "./api.ts";
export * from "./brand-color.ts";
export * from "./conditions.ts";
export * from "./definition.ts";
export * from "./examples.ts";
export * from "./import/index.ts";
export * from "./language-choice.ts";
export * from "./localized-text.ts";
export * from "./logic.ts";
export * from "./piping.ts";
export * from "./questions.ts";
export * from "./quotas.ts";
export * from "./tabular-answers.ts";
export * from "./validate-response.ts";
