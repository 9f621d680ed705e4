// LimeSurvey .lss (survey) and .lsg (question group) exports to a Touchpoint survey definition: groups become
// pages, every language of the file becomes a language of the survey, simple relevance equations become showIf.
import type { Condition } from "../conditions.ts";
import type { LogicRef } from "./answer-conditions.ts";
import { conditionFromExpression } from "./expression-conditions.ts";
import { parseExpression, UnsupportedLogic } from "./expression-parser.ts";
import { finishImport, type PageInput, type QuestionInput } from "./finish-import.ts";
import { ImportLog, type ImportResult } from "./import-result.ts";
import { KeyAllocator } from "./keys.ts";
import { normalizeLanguage } from "./language-codes.ts";
import { readLimeSurveyDocument } from "./limesurvey-document.ts";
import {
  convertLimeSurveyQuestion,
  type LimeSurveyContext,
  type LimeSurveyQuestion,
  localized,
} from "./limesurvey-questions.ts";
import { standardText } from "./standard-texts.ts";

export function importLimeSurveyLss(xml: string, options: { fallbackName?: string } = {}): ImportResult {
  const document = readLimeSurveyDocument(xml);
  const log = new ImportLog();
  const languages = new Map<string, string>();
  for (const source of document.languages) {
    const language = normalizeLanguage(source);
    if (!language) log.warn(`Texts in the unknown language "${source}" were left out`);
    else if ([...languages.values()].includes(language))
      log.warn(`Texts in "${source}" were left out: "${language}" is already imported`);
    else languages.set(source, language);
  }
  const defaultLanguage = languages.get(document.baseLanguage) ?? [...languages.values()][0] ?? "en";
  const ctx: LimeSurveyContext = { defaultLanguage, languages, log, questionKeys: new KeyAllocator("q") };
  const pageKeys = new KeyAllocator("p");
  const imported = new Map<string, LimeSurveyQuestion>();
  const pending: { input: PageInput | QuestionInput; path: string; equation: string }[] = [];

  const pages = document.groups.map((group): PageInput => {
    const name = localized(ctx, group.name);
    const page: PageInput = {
      id: pageKeys.allocate(name?.[defaultLanguage] ?? `group${group.gid}`),
      questions: [],
    };
    if (name) page.title = name;
    if (localized(ctx, group.description)) {
      log.skip(
        `group ${group.gid}`,
        `description of group ${group.gid}`,
        "Touchpoint pages have a title only",
      );
    }
    if (group.randomization)
      log.skip(
        `group ${group.gid}`,
        `randomization group "${group.randomization}"`,
        "Touchpoint shows pages in order",
      );
    if (hasLogic(group.relevance))
      pending.push({ input: page, path: `group ${group.gid}`, equation: group.relevance });
    for (const question of group.questions) {
      const converted = convertLimeSurveyQuestion(question, ctx);
      if (!converted) continue;
      page.questions.push(converted.question);
      imported.set(question.code, converted);
      reportAttributes(question.code, question.attributes, log);
      if (hasLogic(question.relevance))
        pending.push({ input: converted.question, path: question.code, equation: question.relevance });
    }
    return page;
  });

  const resolve = (name: string) => resolveName(imported, name);
  for (const { input, path, equation } of pending) {
    const condition = translate(path, equation, resolve, log);
    if (condition) input.showIf = condition;
  }

  const settings = document.settings.get(document.baseLanguage);
  const pick = (field: string) =>
    localized(ctx, new Map([...document.settings].map(([language, row]) => [language, row[field] ?? ""])));
  const firstGroup = document.groups[0] ? localized(ctx, document.groups[0].name) : undefined;
  const title = pick("surveyls_title") ?? firstGroup;
  const name = title?.[defaultLanguage] ?? options.fallbackName ?? "Imported LimeSurvey survey";
  const description = pick("surveyls_description");
  const welcomeText = pick("surveyls_welcometext");
  const endText = pick("surveyls_endtext");
  if (settings?.surveyls_url)
    log.skip("survey", `end URL ${settings.surveyls_url}`, "Touchpoint shows its ending screen");
  const all = [...languages.values()];
  return finishImport(
    "limesurvey",
    name,
    {
      title: { ...title, [defaultLanguage]: name },
      ...(description ? { description } : {}),
      defaultLanguage,
      languages: all,
      ...(welcomeText
        ? { welcome: { title: { ...title, [defaultLanguage]: name }, body: welcomeText } }
        : {}),
      pages,
      endings: [{ id: "thanks", title: standardText("thanks", all), ...(endText ? { body: endText } : {}) }],
    },
    log,
    Object.fromEntries([...imported].map(([code, converted]) => [code, converted.question.id])),
  );
}

const hasLogic = (equation: string) => equation.trim() !== "" && equation.trim() !== "1";

// Relevance names a question by its code, a subquestion as CODE_SUB, and may add .NAOK ("not applicable is OK").
function resolveName(imported: Map<string, LimeSurveyQuestion>, name: string): LogicRef | undefined {
  const [base, suffix] = name.split(".", 2) as [string, string | undefined];
  if (suffix !== undefined && suffix !== "NAOK" && suffix !== "code") return undefined;
  const direct = imported.get(base);
  if (direct) return { kind: "answer", target: direct.target };
  for (const [code, converted] of imported) {
    if (!base.startsWith(`${code}_`)) continue;
    const sub = base.slice(code.length + 1);
    const choice = converted.ticks?.get(sub);
    if (choice) return { kind: "ticked", target: converted.target, choice };
    const part = converted.target.rows?.get(sub);
    if (part) return { kind: "answer", target: converted.target, part };
  }
  return undefined;
}

function translate(
  path: string,
  equation: string,
  resolve: (name: string) => LogicRef | undefined,
  log: ImportLog,
): Condition | undefined {
  try {
    return conditionFromExpression(parseExpression(equation, { bareNames: true }), resolve);
  } catch (error) {
    if (!(error instanceof UnsupportedLogic)) throw error;
    log.skip(path, `relevance equation "${equation}"`, `${error.message}; shown without this condition`);
    return undefined;
  }
}

// Attributes with behaviour Touchpoint does not have; display-only ones (css classes, widths) are dropped.
const BEHAVIOUR: Record<string, string> = {
  random_order: "random order of choices",
  array_filter: "array filter",
  array_filter_exclude: "array filter (exclude)",
  em_validation_q: "validation equation",
  em_validation_sq: "subquestion validation equation",
  time_limit: "time limit",
  exclude_all_others: "exclusive choice",
};

function reportAttributes(code: string, attributes: Map<string, string>, log: ImportLog) {
  for (const [attribute, label] of Object.entries(BEHAVIOUR)) {
    const value = attributes.get(attribute);
    if (value && value !== "0")
      log.skip(code, `${label} of question ${code} (${value})`, "Touchpoint has no equivalent");
  }
}
