// SurveyJS survey JSON to a Touchpoint survey definition: pages stay pages, panels are flattened, simple
// visibleIf expressions become showIf, and everything else is listed as not carried over.
import type { Condition } from "../conditions.ts";
import type { LocalizedText } from "../localized-text.ts";
import type { AnswerTarget, LogicRef } from "./answer-conditions.ts";
import { allOf, conditionFromExpression } from "./expression-conditions.ts";
import { parseExpression, UnsupportedLogic } from "./expression-parser.ts";
import { finishImport, type PageInput, type QuestionInput, withDefaultText } from "./finish-import.ts";
import { ImportLog, type ImportResult, SurveyImportError } from "./import-result.ts";
import { KeyAllocator } from "./keys.ts";
import { normalizeLanguage } from "./language-codes.ts";
import { convertSurveyJsQuestion, type SurveyJsContext, type SurveyJsElement } from "./surveyjs-questions.ts";
import { reportPageSettings, reportSurveySettings } from "./surveyjs-settings.ts";
import { createTextReader, findLanguages, isJson, type Json, joinTexts } from "./surveyjs-texts.ts";

export type SurveyJsImportOptions = {
  /** The language of SurveyJS's "default" texts (default: the survey's `locale`, else "en"). */
  language?: string;
  /** Name and title when the survey has no title, e.g. the file name. */
  fallbackName?: string;
};

type Expression = { path: string; expression: string };
/** What the pages leave for the second pass: names for logic, and the logic to translate once all are known. */
type Collected = {
  refs: Map<string, LogicRef>;
  logic: { holder: PageInput | QuestionInput; expressions: Expression[] }[];
  pageKeys: KeyAllocator;
};

export function importSurveyJs(json: string, options: SurveyJsImportOptions = {}): ImportResult {
  const survey = parseSurveyJson(json);
  const log = new ImportLog();
  const sourceKeys = findLanguages(survey);
  const locale = typeof survey.locale === "string" ? normalizeLanguage(survey.locale) : undefined;
  // A one-language survey with `locale: "de"` writes its German in the "default" slot.
  const defaultLanguage =
    (options.language && normalizeLanguage(options.language)) ??
    (locale && !sourceKeys.has(String(survey.locale)) ? locale : "en");
  const texts = createTextReader(defaultLanguage, sourceKeys, log);
  const ctx: SurveyJsContext = { texts, log, questionKeys: new KeyAllocator("q") };
  const collected: Collected = { refs: new Map(), logic: [], pageKeys: new KeyAllocator("p") };

  const sourcePages = readPages(survey);
  const flat = sourcePages.map((page, index) =>
    flatten(readElements(page), pageNameOf(page, index), { panelTitles: [], conditions: [] }, ctx),
  );
  const title = texts.read(survey.title);
  let welcome: { title: LocalizedText; body?: LocalizedText } | undefined;
  if (survey.firstPageIsStartPage === true && flat[0]) {
    // The start page is what Touchpoint calls the welcome screen; its HTML becomes the welcome text.
    const intro = flat[0].filter(({ element }) => element.json.type === "html");
    flat[0] = flat[0].filter(({ element }) => element.json.type !== "html");
    const introTexts = intro
      .map(({ element }) => texts.read(element.json.html))
      .filter((text) => text !== undefined);
    const body = joinTexts(introTexts, defaultLanguage, "\n\n");
    if (title) welcome = { title, ...(body ? { body } : {}) };
    else if (body) welcome = { title: body };
  }
  const pages = sourcePages.map((page, index) => convertPage(page, index, flat[index] ?? [], collected, ctx));
  translateLogic(collected, log);
  reportSurveySettings(survey, log);

  const name = title?.[defaultLanguage] ?? options.fallbackName ?? "Imported SurveyJS survey";
  const description = texts.read(survey.description);
  const completed = texts.read(survey.completedHtml);
  const questionIds = Object.fromEntries(
    [...collected.refs].flatMap(([source, ref]) =>
      ref.kind === "answer" && !ref.part ? [[source, ref.target.question]] : [],
    ),
  );
  return finishImport(
    "surveyjs",
    name,
    {
      title: withDefaultText(title, defaultLanguage, name),
      ...(description ? { description } : {}),
      defaultLanguage,
      languages: texts.languages,
      ...(welcome
        ? { welcome: { ...welcome, title: withDefaultText(welcome.title, defaultLanguage, name) } }
        : {}),
      pages,
      ...(completed ? { endings: [{ id: "thanks", title: completed }] } : {}),
      ...logoTheme(survey.logo),
    },
    log,
    questionIds,
  );
}

const pageNameOf = (page: Json, index: number) =>
  typeof page.name === "string" ? page.name : `page${index + 1}`;

function convertPage(
  sourcePage: Json,
  index: number,
  elements: FlatElement[],
  collected: Collected,
  ctx: SurveyJsContext,
): PageInput {
  const { log, texts } = ctx;
  const pageName = pageNameOf(sourcePage, index);
  const page: PageInput = { id: collected.pageKeys.allocate(pageName), questions: [] };
  const pageTitle = texts.read(sourcePage.title);
  if (pageTitle) page.title = pageTitle;
  reportPageSettings(sourcePage, pageName, log);
  if (sourcePage.visible === false && !sourcePage.visibleIf) {
    log.skip(
      pageName,
      `page ${pageName} and its ${elements.length} elements`,
      "it is always hidden (visible: false)",
    );
    return page;
  }
  if (typeof sourcePage.visibleIf === "string") {
    collected.logic.push({
      holder: page,
      expressions: [{ path: `${pageName}.visibleIf`, expression: sourcePage.visibleIf }],
    });
  }
  for (const { element, conditions } of elements) {
    const converted = convertSurveyJsQuestion(element, ctx);
    for (const { question, target, names } of converted) {
      page.questions.push(question);
      for (const name of names) registerName(collected.refs, name, target);
      const own = typeof element.json.visibleIf === "string" ? [element.json.visibleIf] : [];
      const expressions = [
        ...conditions,
        ...own.map((expression) => ({ path: `${element.path}.visibleIf`, expression })),
      ];
      if (expressions.length > 0) collected.logic.push({ holder: question, expressions });
    }
    // Answers are stored, and named in expressions, under valueName when a question has one.
    const valueName = element.json.valueName;
    const [only] = converted;
    if (converted.length === 1 && only && typeof valueName === "string" && valueName !== element.json.name) {
      if (collected.refs.has(valueName)) {
        log.skip(
          element.path,
          `valueName "${valueName}" shared with another question`,
          "Touchpoint keeps one answer per question",
        );
      } else registerName(collected.refs, valueName, only.target);
    }
  }
  return page;
}

function translateLogic(collected: Collected, log: ImportLog) {
  const resolve = (name: string) => resolveName(collected.refs, name);
  for (const { holder, expressions } of collected.logic) {
    const condition = allOf(expressions.map((item) => translate(item.path, item.expression, resolve, log)));
    if (condition) holder.showIf = condition;
  }
}

function parseSurveyJson(json: string): Json {
  let survey: unknown;
  try {
    survey = JSON.parse(json);
  } catch (error) {
    throw new SurveyImportError(
      "surveyjs",
      `Not a SurveyJS file: the JSON cannot be read (${String(error)})`,
    );
  }
  if (
    !isJson(survey) ||
    !(Array.isArray(survey.pages) || Array.isArray(survey.elements) || Array.isArray(survey.questions))
  ) {
    throw new SurveyImportError("surveyjs", "Not a SurveyJS survey: it has no pages or elements");
  }
  return survey;
}

function readPages(survey: Json): Json[] {
  if (Array.isArray(survey.pages)) return survey.pages.filter(isJson);
  return [{ name: "page1", elements: survey.elements ?? survey.questions }];
}

const readElements = (container: Json): Json[] =>
  (Array.isArray(container.elements)
    ? container.elements
    : Array.isArray(container.questions)
      ? container.questions
      : []
  ).filter(isJson);

type FlatElement = { element: SurveyJsElement; conditions: Expression[] };

// Panels group questions visually; Touchpoint pages are flat, so a panel's condition and title pass to its questions.
function flatten(
  elements: Json[],
  path: string,
  inherited: { panelTitles: LocalizedText[]; conditions: FlatElement["conditions"] },
  ctx: SurveyJsContext,
): FlatElement[] {
  const { log, texts } = ctx;
  const { panelTitles, conditions } = inherited;
  return elements.flatMap((json, index) => {
    const elementPath = typeof json.name === "string" ? json.name : `${path}.element${index + 1}`;
    if (json.type !== "panel") return [{ element: { json, path: elementPath, panelTitles }, conditions }];
    log.warn("Panels were flattened into their pages; a panel's title is kept only on questions without one");
    const inner = readElements(json);
    if (json.visible === false && !json.visibleIf) {
      for (const child of inner) {
        log.skip(
          elementPath,
          `question ${String(child.name)} (${String(child.type)})`,
          "its panel is always hidden",
        );
      }
      return [];
    }
    const title = texts.read(json.title);
    const own =
      typeof json.visibleIf === "string"
        ? [{ path: `${elementPath}.visibleIf`, expression: json.visibleIf }]
        : [];
    const next = {
      panelTitles: title ? [...panelTitles, title] : panelTitles,
      conditions: [...conditions, ...own],
    };
    return flatten(inner, elementPath, next, ctx);
  });
}

function registerName(refs: Map<string, LogicRef>, name: string, target: AnswerTarget) {
  if (!refs.has(name)) refs.set(name, { kind: "answer", target });
}

function resolveName(refs: Map<string, LogicRef>, name: string): LogicRef | undefined {
  const direct = refs.get(name);
  if (direct) return direct;
  // `{matrix.row}` names one row of a matrix.
  const dot = name.lastIndexOf(".");
  const parent = dot > 0 ? refs.get(name.slice(0, dot)) : undefined;
  if (parent?.kind !== "answer" || parent.target.kind !== "matrix") return undefined;
  const part = parent.target.rows?.get(name.slice(dot + 1));
  return part ? { kind: "answer", target: parent.target, part } : undefined;
}

function translate(
  path: string,
  expression: string,
  resolve: (name: string) => LogicRef | undefined,
  log: ImportLog,
): Condition | undefined {
  try {
    return conditionFromExpression(parseExpression(expression, { bareNames: false }), resolve);
  } catch (error) {
    if (!(error instanceof UnsupportedLogic)) throw error;
    log.skip(path, `visibleIf "${expression}"`, `${error.message}; shown without this condition`);
    return undefined;
  }
}

function logoTheme(logo: unknown) {
  if (typeof logo !== "string" || !/^https?:\/\//.test(logo)) return {};
  return { theme: { logoUrl: logo } };
}
