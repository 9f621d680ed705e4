// SurveyJS survey and page settings: which ones Touchpoint carries over, which are only looks, and the
// list of the others for the import report.
import type { ImportLog } from "./import-result.ts";
import type { Json } from "./surveyjs-texts.ts";

const MAPPED_SETTINGS = new Set([
  "title",
  "description",
  "pages",
  "elements",
  "questions",
  "locale",
  "completedHtml",
  "firstPageIsStartPage",
  "logo",
]);
// Wording of buttons, layout and navigation chrome: Touchpoint's own page decides these.
const COSMETIC_SETTINGS = new Set([
  "showProgressBar",
  "progressBarType",
  "progressBarLocation",
  "showQuestionNumbers",
  "questionTitleLocation",
  "pageNextText",
  "pagePrevText",
  "completeText",
  "startSurveyText",
  "requiredText",
  "showPrevButton",
  "showNavigationButtons",
  "widthMode",
  "width",
  "logoPosition",
  "logoFit",
  "logoWidth",
  "logoHeight",
  "checkErrorsMode",
  "textUpdateMode",
  "showTitle",
  "showPageTitles",
  "showCompletedPage",
  "questionErrorLocation",
  "focusFirstQuestionAutomatic",
  "storeOthersAsComment",
  "headerView",
  "showPageNumbers",
  "questionDescriptionLocation",
]);

export function reportPageSettings(page: Json, name: string, log: ImportLog) {
  for (const key of Object.keys(page)) {
    if (
      ["name", "title", "elements", "questions", "visibleIf", "visible", "questionTitleLocation"].includes(
        key,
      )
    )
      continue;
    log.skip(name, `property "${key}" of page ${name}`, "Touchpoint pages have no equivalent");
  }
}

export function reportSurveySettings(survey: Json, log: ImportLog) {
  for (const key of Object.keys(survey)) {
    if (MAPPED_SETTINGS.has(key) || COSMETIC_SETTINGS.has(key)) continue;
    log.skip("survey", `setting "${key}"`, "Touchpoint has no equivalent survey setting");
  }
}
