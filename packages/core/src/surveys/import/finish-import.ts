// The last step of every import: fill what Touchpoint requires and the source may lack (an ending, the
// default language among the languages, no empty pages), then validate with surveyDefinitionSchema.
import { type SurveyDefinitionInput, surveyDefinitionSchema } from "../definition.ts";
import type { LocalizedText } from "../localized-text.ts";
import { type ImportLog, type ImportResult, type SurveyFormat, SurveyImportError } from "./import-result.ts";
import { standardText } from "./standard-texts.ts";

export type PageInput = SurveyDefinitionInput["pages"][number];
export type QuestionInput = PageInput["questions"][number];
export type ChoiceInput = { id: string; label: LocalizedText };

export type SurveyDraft = Omit<SurveyDefinitionInput, "languages" | "endings"> & {
  languages: Iterable<string>;
  endings?: SurveyDefinitionInput["endings"];
};

const MAX_QUESTIONS_PER_PAGE = 100;

export function finishImport(
  format: SurveyFormat,
  name: string,
  draft: SurveyDraft,
  log: ImportLog,
  questionIds: Record<string, string>,
): ImportResult {
  const languages = [
    draft.defaultLanguage,
    ...[...draft.languages].filter((l) => l !== draft.defaultLanguage),
  ];
  const pages = draft.pages.filter((page) => page.questions.length > 0).flatMap(splitLongPage);
  if (pages.length === 0) {
    throw new SurveyImportError(
      format,
      "No question in this file could be carried over to Touchpoint",
      log.unmapped.map((item) => `${item.what}: ${item.reason}`),
    );
  }
  const endings = draft.endings?.length
    ? draft.endings
    : [{ id: "thanks", title: standardText("thanks", languages) }];
  const parsed = surveyDefinitionSchema.safeParse({ ...draft, languages, pages, endings });
  if (!parsed.success) {
    throw new SurveyImportError(
      format,
      "The imported survey is not a valid Touchpoint survey",
      parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`),
    );
  }
  return { name, definition: parsed.data, unmapped: log.unmapped, warnings: log.warnings, questionIds };
}

// Touchpoint caps a page at 100 questions; a longer source page is cut, keeping its condition on each part.
function splitLongPage(page: PageInput): PageInput[] {
  if (page.questions.length <= MAX_QUESTIONS_PER_PAGE) return [page];
  const parts: PageInput[] = [];
  for (let start = 0; start < page.questions.length; start += MAX_QUESTIONS_PER_PAGE) {
    const index = start / MAX_QUESTIONS_PER_PAGE;
    parts.push({
      ...page,
      id: index === 0 ? page.id : `${page.id.slice(0, 60)}_${index + 1}`,
      questions: page.questions.slice(start, start + MAX_QUESTIONS_PER_PAGE),
      // Jumps are followed after the page, so they belong to its last part.
      jumps: start + MAX_QUESTIONS_PER_PAGE >= page.questions.length ? page.jumps : [],
    });
  }
  return parts;
}

/** The text with a default-language entry, borrowing another language's or the fallback when it has none. */
export function withDefaultText(
  text: LocalizedText | undefined,
  defaultLanguage: string,
  fallback: string,
): LocalizedText {
  if (text?.[defaultLanguage]?.trim()) return text;
  const other = Object.values(text ?? {}).find((value) => value.trim());
  return { ...text, [defaultLanguage]: other ?? fallback };
}
