// Where in the builder a server field error points, in words: "Question 5", "Ending 2", "Survey title".
import type { SurveyDefinition } from "@touchpoint/core";
import type { TFunction } from "i18next";

/** `path` as the server sends it: "definition.pages.2.questions.1.title", or "name". */
export function errorLocation(path: string, definition: SurveyDefinition, t: TFunction): string {
  if (path === "name") return t("surveys.settings.name");
  const [area, first, kind, second] = path.replace(/^definition\./, "").split(".");
  const n = Number(first) + 1;
  switch (area) {
    case "title":
      return t("surveys.settings.title");
    case "description":
      return t("surveys.settings.description");
    case "languages":
    case "defaultLanguage":
      return t("surveys.languages.label");
    case "theme":
      return t("surveys.settings.brandColor");
    case "welcome":
      return t("surveys.screens.welcome");
    case "endings":
      return t("surveys.errors.ending", { n });
    case "hiddenFields":
      return t("surveys.errors.hiddenField", { n });
    case "quotas":
      return t("surveys.errors.quota", { n });
    case "pages": {
      if (kind === "questions") {
        const before = definition.pages
          .slice(0, Number(first))
          .reduce((sum, page) => sum + page.questions.length, 0);
        return t("surveys.errors.question", { n: before + Number(second) + 1 });
      }
      if (kind === "jumps") return t("surveys.errors.jump", { n });
      return t("surveys.builder.page", { n });
    }
    default:
      return path;
  }
}
