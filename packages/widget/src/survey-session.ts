// One respondent going through a survey in the widget, page by page: which questions the current page
// shows for the answers so far (core's walkSurvey applies showIf and jumps), and what each page sends.
import { isAnswered, type Page, type Question, type SurveyDefinition, walkSurvey } from "@touchpoint/core";

export type Ending = SurveyDefinition["endings"][number];

export type SessionStep = { kind: "page"; page: Page } | { kind: "ending"; ending: Ending | undefined };

export interface PageSubmission {
  /** The answers of this page's visible questions: exactly what the server may accept for it. */
  answers: Record<string, unknown>;
  /** True for the response's first request (POST), false for later pages (PATCH). */
  first: boolean;
  /** True when this page ends the survey. */
  complete: boolean;
  next: SessionStep;
}

export class SurveySession {
  readonly answers: Record<string, unknown> = {};
  private current: Page | undefined;
  private pagesSubmitted = 0;

  readonly definition: SurveyDefinition;
  /** Customer attributes, which conditions may test. */
  private readonly customer: Record<string, unknown>;

  constructor(definition: SurveyDefinition, customer: Record<string, unknown>) {
    this.definition = definition;
    this.customer = customer;
  }

  /** Where the survey begins: its first page with a question to show. */
  start(): SessionStep {
    return this.moveTo(this.stepAfter(undefined));
  }

  /** True when, with the answers so far, the current page is the survey's last ("Submit" rather than "Next"). */
  endsHere(): boolean {
    return this.stepAfter(this.current).kind === "ending";
  }

  /** The current page's questions that the logic shows for the answers given so far, in page order. */
  visibleQuestions(): Question[] {
    if (!this.current) return [];
    const visible = new Set(this.path().visibleQuestions);
    return this.current.questions.filter((question) => visible.has(question.id));
  }

  answer(questionId: string, value: unknown): void {
    if (isAnswered(value)) this.answers[questionId] = value;
    else delete this.answers[questionId];
  }

  /** Closes the current page: answers to questions the logic now hides are forgotten, never sent. */
  submitPage(): PageSubmission {
    const page = this.current;
    const visible = new Set(this.visibleQuestions().map((question) => question.id));
    const answers: Record<string, unknown> = {};
    for (const question of page?.questions ?? []) {
      if (!visible.has(question.id)) delete this.answers[question.id];
      else if (Object.hasOwn(this.answers, question.id)) answers[question.id] = this.answers[question.id];
    }
    const next = this.moveTo(this.stepAfter(page));
    const first = this.pagesSubmitted === 0;
    this.pagesSubmitted += 1;
    return { answers, first, complete: next.kind === "ending", next };
  }

  private moveTo(step: SessionStep): SessionStep {
    this.current = step.kind === "page" ? step.page : undefined;
    return step;
  }

  private path() {
    return walkSurvey(this.definition, { answers: this.answers, hidden: {}, customer: this.customer });
  }

  /** The next page on the path with a visible question (a page whose questions are all hidden is skipped). */
  private stepAfter(page: Page | undefined): SessionStep {
    const path = this.path();
    const visible = new Set(path.visibleQuestions);
    const from = page ? path.pages.indexOf(page.id) + 1 : 0;
    for (const id of path.pages.slice(from)) {
      const candidate = this.definition.pages.find((item) => item.id === id);
      if (candidate?.questions.some((question) => visible.has(question.id)))
        return { kind: "page", page: candidate };
    }
    const { endings } = this.definition;
    return { kind: "ending", ending: endings.find((ending) => ending.id === path.ending) ?? endings[0] };
  }
}
