// The survey flow of a Qualtrics file walked in order: blocks become pages (split at page breaks), branches
// become page conditions, embedded data becomes hidden fields, an EndSurvey in a branch becomes a jump.
import { allOf } from "./expression-conditions.ts";
import { UnsupportedLogic } from "./expression-parser.ts";
import type { PageInput } from "./finish-import.ts";
import type { KeyAllocator } from "./keys.ts";
import { conditionFromLogic, type QualtricsRefs } from "./qualtrics-logic.ts";
import { convertQualtricsQuestion, isJson, type Json, type QualtricsContext } from "./qualtrics-questions.ts";

export const ENDING = "thanks";

export type Block = { id: string; description: string; type: string; elements: Json[]; options: Json };
export type PlacedQuestion = { qid: string; page: PageInput; blockId: string };
export type FlowState = {
  ctx: QualtricsContext;
  refs: QualtricsRefs;
  blocks: Map<string, Block>;
  payloads: Map<string, Json>;
  pages: PageInput[];
  placed: PlacedQuestion[];
  pageKeys: KeyAllocator;
  hiddenKeys: KeyAllocator;
  hiddenFields: { key: string; label?: string }[];
  emitted: Set<string>;
  /** Branch conditions pending translation, per page. */
  branchLogic: { page: PageInput; logic: Json[]; path: string }[];
};

export function readBlocks(elements: Json[]): Map<string, Block> {
  const payload = elements.find((element) => element.Element === "BL")?.Payload;
  // Exports have the block list as an array or as an object keyed "0", "1", …
  const list = Array.isArray(payload) ? payload : isJson(payload) ? Object.values(payload) : [];
  const blocks = new Map<string, Block>();
  for (const block of list.filter(isJson)) {
    const elementsOf = Array.isArray(block.BlockElements) ? block.BlockElements.filter(isJson) : [];
    blocks.set(String(block.ID), {
      id: String(block.ID),
      description: String(block.Description ?? block.ID),
      type: String(block.Type ?? "Standard"),
      elements: elementsOf,
      options: isJson(block.Options) ? block.Options : {},
    });
  }
  return blocks;
}

export function walkFlow(flow: Json[], branches: { logic: Json; path: string }[], state: FlowState): boolean {
  const { log } = state.ctx;
  for (const item of flow) {
    const type = String(item.Type ?? "");
    const id = String(item.FlowID ?? type);
    const children = Array.isArray(item.Flow) ? item.Flow.filter(isJson) : [];
    if (type === "Block" || type === "Standard" || type === "Default") {
      emitBlock(String(item.ID), branches, state);
    } else if (type === "Branch" && isJson(item.BranchLogic)) {
      walkFlow(children, [...branches, { logic: item.BranchLogic, path: id }], state);
    } else if (type === "Randomizer" || type === "Group") {
      if (type === "Randomizer")
        log.skip(
          id,
          "randomizer in survey flow",
          "Touchpoint shows pages in order; they keep the flow's order",
        );
      if (walkFlow(children, branches, state)) return true;
    } else if (type === "EmbeddedData") {
      addHiddenFields(item, id, state);
    } else if (type === "EndSurvey") {
      if (branches.length === 0) {
        if (flow.indexOf(item) < flow.length - 1)
          log.warn("The survey flow ends before its last elements; they were left out");
        return true;
      }
      endAfterLastPage(branches, id, state);
    } else {
      log.skip(id, `${type || "unknown"} element in survey flow`, "Touchpoint has no equivalent");
      if (children.length > 0) walkFlow(children, branches, state);
    }
  }
  return false;
}

function emitBlock(blockId: string, branches: { logic: Json; path: string }[], state: FlowState) {
  const block = state.blocks.get(blockId);
  if (!block)
    return state.ctx.log.skip(
      blockId,
      `block ${blockId}`,
      "the survey flow names a block the file does not have",
    );
  if (state.emitted.has(blockId))
    return state.ctx.log.warn(`Block "${block.description}" appears twice in the flow; it is shown once`);
  state.emitted.add(blockId);
  reportBlockOptions(block, state);
  let page: PageInput | undefined;
  const newPage = () => {
    page = { id: state.pageKeys.allocate(block.description), questions: [] };
    state.pages.push(page);
    if (branches.length > 0) {
      state.branchLogic.push({
        page,
        logic: branches.map((branch) => branch.logic),
        path: branches.map((b) => b.path).join(" > "),
      });
    }
    return page;
  };
  for (const element of block.elements) {
    if (element.Type === "Page Break") {
      page = undefined;
      continue;
    }
    if (element.Type !== "Question") continue;
    const qid = String(element.QuestionID);
    const payload = state.payloads.get(qid);
    if (!payload) continue;
    const imported = convertQualtricsQuestion(qid, payload, state.ctx);
    if (!imported) continue;
    const target = page ?? newPage();
    target.questions.push(imported.question);
    state.refs.questions.set(qid, imported);
    state.placed.push({ qid, page: target, blockId });
  }
}

function addHiddenFields(item: Json, id: string, state: FlowState) {
  const fields = Array.isArray(item.EmbeddedData) ? item.EmbeddedData.filter(isJson) : [];
  for (const field of fields) {
    const name = String(field.Field ?? field.Description ?? "");
    if (!name || state.refs.hidden.has(name)) continue;
    if (state.hiddenFields.length >= 50) {
      state.ctx.log.skip(id, `embedded data field "${name}"`, "Touchpoint allows 50 hidden fields");
      continue;
    }
    const key = state.hiddenKeys.allocate(name);
    state.refs.hidden.set(name, key);
    state.hiddenFields.push(name === key ? { key } : { key, label: name.slice(0, 120) });
    if (typeof field.Value === "string" && field.Value !== "") {
      state.ctx.log.skip(
        id,
        `value "${field.Value}" set for embedded data field "${name}"`,
        "Touchpoint hidden fields are filled from the survey link",
      );
    }
  }
}

// An EndSurvey inside a branch ends the survey, after the pages so far, for respondents the branch holds for.
function endAfterLastPage(branches: { logic: Json; path: string }[], id: string, state: FlowState) {
  const last = state.pages.at(-1);
  try {
    const when = allOf(branches.map((branch) => conditionFromLogic(branch.logic, state.refs)));
    if (!last || !when) throw new UnsupportedLogic("there is no page before it");
    last.jumps = [...(last.jumps ?? []), { when, end: ENDING }];
  } catch (error) {
    if (!(error instanceof UnsupportedLogic)) throw error;
    state.ctx.log.skip(id, "end of survey inside a branch", `${error.message}; respondents continue instead`);
  }
}

export function reportUnplacedBlocks(state: FlowState) {
  for (const block of state.blocks.values()) {
    if (state.emitted.has(block.id)) continue;
    const reason =
      block.type === "Trash" ? "it is in the Trash block" : "its block is not in the survey flow";
    for (const element of block.elements) {
      if (element.Type !== "Question") continue;
      const qid = String(element.QuestionID);
      const payload = state.payloads.get(qid);
      const kind = [payload?.QuestionType, payload?.Selector].filter(Boolean).join(" ");
      state.ctx.log.skip(qid, `question ${qid} (${kind})`, reason);
    }
  }
}

// Question order and repetition are set per block in Qualtrics; Touchpoint pages keep one fixed order.
function reportBlockOptions(block: Block, state: FlowState) {
  const { RandomizeQuestions: randomize, Looping: looping } = block.options;
  if (typeof randomize === "string" && randomize !== "false") {
    state.ctx.log.skip(
      block.id,
      `question randomization in block "${block.description}"`,
      "Touchpoint keeps the block's order",
    );
  }
  if (typeof looping === "string" && looping !== "None") {
    state.ctx.log.skip(
      block.id,
      `loop and merge in block "${block.description}"`,
      "Touchpoint shows a page once",
    );
  }
}
