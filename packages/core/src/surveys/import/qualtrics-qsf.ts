// Qualtrics .qsf (survey export JSON) to a Touchpoint survey definition: blocks become pages in survey-flow
// order, display/branch/skip logic becomes showIf and jumps where simple, embedded data becomes hidden fields.
import type { Condition } from "../conditions.ts";
import { allOf, negate } from "./expression-conditions.ts";
import { UnsupportedLogic } from "./expression-parser.ts";
import { finishImport } from "./finish-import.ts";
import { ImportLog, type ImportResult, SurveyImportError } from "./import-result.ts";
import { KeyAllocator } from "./keys.ts";
import { normalizeLanguage } from "./language-codes.ts";
import { ENDING, type FlowState, readBlocks, reportUnplacedBlocks, walkFlow } from "./qualtrics-flow.ts";
import { conditionFromLogic, conditionOnAnswer } from "./qualtrics-logic.ts";
import { isJson, type Json, type QualtricsContext } from "./qualtrics-questions.ts";
import { standardText } from "./standard-texts.ts";

export function importQualtricsQsf(json: string, options: { fallbackName?: string } = {}): ImportResult {
  const survey = parseQsf(json);
  const entry = survey.SurveyEntry as Json;
  const elements = (survey.SurveyElements as unknown[]).filter(isJson);
  const log = new ImportLog();
  const payloads = new Map<string, Json>();
  for (const element of elements) {
    if (element.Element === "SQ" && isJson(element.Payload))
      payloads.set(String(element.PrimaryAttribute), element.Payload);
  }
  const defaultLanguage = normalizeLanguage(String(entry.SurveyLanguage ?? "EN")) ?? "en";
  const translations = findTranslations(payloads, defaultLanguage, log);
  const ctx: QualtricsContext = { defaultLanguage, translations, log, questionKeys: new KeyAllocator("q") };
  const state: FlowState = {
    ctx,
    refs: { questions: new Map(), hidden: new Map() },
    blocks: readBlocks(elements),
    payloads,
    pages: [],
    placed: [],
    pageKeys: new KeyAllocator("p"),
    hiddenKeys: new KeyAllocator("h"),
    hiddenFields: [],
    emitted: new Set(),
    branchLogic: [],
  };
  const flow = elements.find((element) => element.Element === "FL");
  const root = isJson(flow?.Payload) ? flow.Payload : undefined;
  const rootFlow = Array.isArray(root?.Flow)
    ? root.Flow.filter(isJson)
    : [...state.blocks.keys()].map((id) => ({ Type: "Block", ID: id }));
  walkFlow(rootFlow, [], state);
  reportUnplacedBlocks(state);
  applyLogic(state);

  const name =
    typeof entry.SurveyName === "string" && entry.SurveyName
      ? entry.SurveyName
      : (options.fallbackName ?? "Imported Qualtrics survey");
  const description =
    typeof entry.SurveyDescription === "string" && entry.SurveyDescription.trim()
      ? entry.SurveyDescription.trim()
      : undefined;
  const languages = [defaultLanguage, ...translations.keys()];
  const questionIds = Object.fromEntries(
    [...state.refs.questions].map(([qid, imported]) => [qid, imported.question.id]),
  );
  return finishImport(
    "qualtrics",
    name,
    {
      title: { [defaultLanguage]: name },
      ...(description ? { description: { [defaultLanguage]: description } } : {}),
      defaultLanguage,
      languages,
      pages: state.pages,
      endings: [{ id: ENDING, title: standardText("thanks", languages) }],
      hiddenFields: state.hiddenFields,
    },
    log,
    questionIds,
  );
}

function parseQsf(json: string): Json {
  let survey: unknown;
  try {
    survey = JSON.parse(json);
  } catch (error) {
    throw new SurveyImportError(
      "qualtrics",
      `Not a Qualtrics .qsf file: the JSON cannot be read (${String(error)})`,
    );
  }
  if (!isJson(survey) || !isJson(survey.SurveyEntry) || !Array.isArray(survey.SurveyElements)) {
    throw new SurveyImportError(
      "qualtrics",
      "Not a Qualtrics .qsf file: it has no SurveyEntry and SurveyElements",
    );
  }
  return survey;
}

function findTranslations(
  payloads: Map<string, Json>,
  defaultLanguage: string,
  log: ImportLog,
): Map<string, string> {
  const translations = new Map<string, string>();
  for (const payload of payloads.values()) {
    if (!isJson(payload.Language)) continue;
    for (const key of Object.keys(payload.Language)) {
      const language = normalizeLanguage(key);
      if (!language) log.warn(`Translations into the unknown language "${key}" were left out`);
      else if (language !== defaultLanguage && !translations.has(language)) translations.set(language, key);
    }
  }
  return translations;
}

function applyLogic(state: FlowState) {
  const { log } = state.ctx;
  const attempt = (path: string, what: string, build: () => Condition | undefined) => {
    try {
      return build();
    } catch (error) {
      if (!(error instanceof UnsupportedLogic)) throw error;
      log.skip(path, what, `${error.message}; shown without this condition`);
      return undefined;
    }
  };
  for (const { page, logic, path } of state.branchLogic) {
    const condition = attempt(path, "branch logic in survey flow", () =>
      allOf(logic.map((l) => conditionFromLogic(l, state.refs))),
    );
    if (condition) page.showIf = condition;
  }
  const hiddenBySkip = skipConditions(state, attempt);
  for (const { qid } of state.placed) {
    const imported = state.refs.questions.get(qid);
    const logic = state.payloads.get(qid)?.DisplayLogic;
    if (!imported) continue;
    const display = isJson(logic)
      ? attempt(qid, `display logic of ${qid}`, () => conditionFromLogic(logic, state.refs))
      : undefined;
    const condition = allOf([display, ...(hiddenBySkip.get(qid) ?? [])]);
    if (condition) imported.question.showIf = condition;
  }
}

// Skip logic jumps forward within a block; Touchpoint hides the questions it skips instead.
function skipConditions(
  state: FlowState,
  attempt: (path: string, what: string, build: () => Condition | undefined) => Condition | undefined,
): Map<string, Condition[]> {
  const hidden = new Map<string, Condition[]>();
  for (const block of state.blocks.values()) {
    if (!state.emitted.has(block.id)) continue;
    const order = state.placed.filter((placed) => placed.blockId === block.id);
    for (const element of block.elements) {
      const rules = Array.isArray(element.SkipLogic) ? element.SkipLogic.filter(isJson) : [];
      const from = order.findIndex((placed) => placed.qid === element.QuestionID);
      for (const rule of rules) {
        const destination = String(rule.SkipToDestination ?? "");
        const path = `${String(element.QuestionID)}.SkipLogic`;
        const when = attempt(path, `skip logic of ${String(element.QuestionID)} to ${destination}`, () => {
          if (from < 0) throw new UnsupportedLogic("its question was not imported");
          const to = destination.startsWith("QID")
            ? order.findIndex((placed) => placed.qid === destination)
            : order.length;
          if (to < 0)
            throw new UnsupportedLogic(`it skips to ${destination}, which is not later in the block`);
          if (
            destination !== "ENDOFBLOCK" &&
            destination !== "ENDOFSURVEY" &&
            !destination.startsWith("QID")
          ) {
            throw new UnsupportedLogic(`destination ${destination} is not supported`);
          }
          return conditionOnAnswer(
            String(rule.Locator ?? rule.ChoiceLocator ?? ""),
            String(rule.Condition ?? ""),
            undefined,
            state.refs,
          );
        });
        if (!when) continue;
        const to = destination.startsWith("QID")
          ? order.findIndex((placed) => placed.qid === destination)
          : order.length;
        for (const skipped of order.slice(from + 1, to))
          hidden.set(skipped.qid, [...(hidden.get(skipped.qid) ?? []), negate(when)]);
        if (destination === "ENDOFSURVEY") {
          const page = order[from]?.page;
          if (page) page.jumps = [...(page.jumps ?? []), { when, end: ENDING }];
        }
      }
    }
  }
  return hidden;
}
