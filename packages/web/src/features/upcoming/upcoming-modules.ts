// Modules announced but not built yet, in navigation order; each has a nav label and a one-sentence promise.
import type { Messages } from "../../i18n/en.ts";

export type UpcomingModule = keyof Messages["upcoming"]["modules"];

export const UPCOMING_MODULES: readonly { module: UpcomingModule; path: string }[] = [
  { module: "responses", path: "/responses" },
  { module: "journeys", path: "/journeys" },
  { module: "cases", path: "/cases" },
  { module: "cxProgramme", path: "/cx-programme" },
];
