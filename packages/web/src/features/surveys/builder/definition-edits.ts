// Immutable edits of a survey definition made by the builder: questions added, moved, removed; page breaks.
// A removed question's quotas are left alone: a quota holds counted places, so rather than vanish with the
// question its condition is marked for the author to change (see condition-subject-select.tsx).
import type { Condition, Page, Question, SurveyDefinition } from "@touchpoint/core";

type Definition = SurveyDefinition;

export function updatePage(definition: Definition, p: number, change: (page: Page) => Page): Definition {
  return { ...definition, pages: definition.pages.map((page, i) => (i === p ? change(page) : page)) };
}

export function updateQuestion(definition: Definition, p: number, q: number, next: Question): Definition {
  return updatePage(definition, p, (page) => ({
    ...page,
    questions: page.questions.map((question, i) => (i === q ? next : question)),
  }));
}

export function addQuestion(definition: Definition, p: number, question: Question): Definition {
  return updatePage(definition, p, (page) => ({ ...page, questions: [...page.questions, question] }));
}

/** Moves a question up or down; past the edge of its page it crosses into the neighbouring page. */
export function moveQuestion(definition: Definition, p: number, q: number, delta: -1 | 1): Definition {
  const page = definition.pages[p];
  const question = page?.questions[q];
  if (!page || !question) return definition;
  const target = q + delta;
  if (target >= 0 && target < page.questions.length) {
    const questions = [...page.questions];
    questions.splice(q, 1);
    questions.splice(target, 0, question);
    return updatePage(definition, p, (current) => ({ ...current, questions }));
  }
  const neighbour = p + delta;
  if (neighbour < 0 || neighbour >= definition.pages.length || page.questions.length === 1) return definition;
  const without = updatePage(definition, p, (current) => ({
    ...current,
    questions: current.questions.filter((_, i) => i !== q),
  }));
  return updatePage(without, neighbour, (current) => ({
    ...current,
    questions: delta < 0 ? [...current.questions, question] : [question, ...current.questions],
  }));
}

/** Removes a question, the logic that looked at it, and its page when it was the page's last question. */
export function removeQuestion(definition: Definition, p: number, q: number): Definition {
  const page = definition.pages[p];
  const question = page?.questions[q];
  if (!page || !question) return definition;
  const remaining = page.questions.filter((_, i) => i !== q);
  const next =
    remaining.length === 0
      ? removePage(definition, p)
      : updatePage(definition, p, (current) => ({ ...current, questions: remaining }));
  return dropLogicOn(next, question.id);
}

/** Starts a new page at question q of page p (q > 0): a page break. */
export function splitPage(definition: Definition, p: number, q: number, newPageId: string): Definition {
  const page = definition.pages[p];
  if (!page || q <= 0 || q >= page.questions.length) return definition;
  const first: Page = { ...page, questions: page.questions.slice(0, q), jumps: [] };
  // The page's jump rules run after its last question, so they move with the second half.
  const second: Page = { id: newPageId, questions: page.questions.slice(q), jumps: page.jumps };
  const pages = [...definition.pages];
  pages.splice(p, 1, first, second);
  return { ...definition, pages };
}

/** Joins page p to the page before it (removes the page break); jumps to page p are dropped. */
export function mergeWithPrevious(definition: Definition, p: number): Definition {
  const page = definition.pages[p];
  const previous = definition.pages[p - 1];
  if (!page || !previous) return definition;
  const merged: Page = {
    ...previous,
    questions: [...previous.questions, ...page.questions],
    jumps: [...previous.jumps, ...page.jumps].filter(
      (jump) => !("jumpTo" in jump && jump.jumpTo === page.id),
    ),
  };
  const pages = definition.pages
    .filter((_, i) => i !== p)
    .map((current, i) => (i === p - 1 ? merged : current));
  return { ...definition, pages: dropJumpsTo(pages, page.id) };
}

function removePage(definition: Definition, p: number): Definition {
  const removed = definition.pages[p];
  if (!removed || definition.pages.length === 1) return definition;
  return {
    ...definition,
    pages: dropJumpsTo(
      definition.pages.filter((_, i) => i !== p),
      removed.id,
    ),
  };
}

const dropJumpsTo = (pages: Page[], pageId: string): Page[] =>
  pages.map((page) => ({
    ...page,
    jumps: page.jumps.filter((jump) => !("jumpTo" in jump && jump.jumpTo === pageId)),
  }));

/** True when the condition looks at the answer of this question anywhere in its tree. */
export function conditionMentions(condition: Condition, questionId: string): boolean {
  if ("all" in condition) return condition.all.some((part) => conditionMentions(part, questionId));
  if ("any" in condition) return condition.any.some((part) => conditionMentions(part, questionId));
  if ("not" in condition) return conditionMentions(condition.not, questionId);
  return condition.subject.source === "answer" && condition.subject.question === questionId;
}

function dropLogicOn(definition: Definition, questionId: string): Definition {
  const mentions = (condition: Condition | undefined) =>
    condition !== undefined && conditionMentions(condition, questionId);
  return {
    ...definition,
    pages: definition.pages.map((page) => ({
      ...page,
      showIf: mentions(page.showIf) ? undefined : page.showIf,
      jumps: page.jumps.filter((jump) => !mentions(jump.when)),
      questions: page.questions.map((question) =>
        mentions(question.showIf) ? { ...question, showIf: undefined } : question,
      ),
    })),
  };
}

/** Questions a condition at (p, q) may look at: those before it. q = Infinity gives the whole page. */
export function questionsBefore(definition: Definition, p: number, q: number): Question[] {
  return definition.pages.flatMap((page, i) =>
    i < p ? page.questions : i === p ? page.questions.slice(0, q) : [],
  );
}
