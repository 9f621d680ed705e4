// A widget survey on screen: renders the session's pages one at a time, checks the answers, queues each
// page for the server (the first creates the response, later ones continue it) and shows the ending at
// once, whether or not the network is there.
import { type LocalizedText, pickText, pipeText } from "@touchpoint/core";
import { checkAnswer } from "./answer-checks.ts";
import type { SurveyOutcome } from "./contact-history.ts";
import { customerContextOf, customerReferenceOf } from "./identity.ts";
import { messagesFor } from "./messages.ts";
import { h } from "./render/dom.ts";
import { openPanel } from "./render/panel.ts";
import { questionBlock } from "./render/question-block.ts";
import type { SubmissionQueue } from "./submission-queue.ts";
import { type Ending, type PageSubmission, type SessionStep, SurveySession } from "./survey-session.ts";
import { type Clock, type Identity, type WidgetSurvey, widgetSettingsOf } from "./widget-types.ts";

export interface SurveyViewOptions {
  survey: WidgetSurvey;
  host: string;
  language: string;
  identity: Identity;
  queue: SubmissionQueue;
  clock: Clock;
  /** A new client response id (UUID), the response's Idempotency-Key. */
  newKey: () => string;
  isOnline: () => boolean;
  finished: (outcome: SurveyOutcome) => void;
}

export function showSurvey(options: SurveyViewOptions): void {
  const { survey, language, queue, clock } = options;
  const { definition } = survey;
  const t = messagesFor(language);
  const customer = customerContextOf(options.identity);
  const session = new SurveySession(definition, customer);
  const target = { key: options.newKey(), host: options.host, survey: survey.slug };
  const startedAt = new Date(clock.now()).toISOString();
  let started = false;
  let ended = false;
  const text = (value: LocalizedText | undefined) =>
    value
      ? pipeText(pickText(value, language, definition.defaultLanguage), {
          answers: session.answers,
          hidden: {},
          customer,
          definition,
          language,
        })
      : "";

  const panel = openPanel({
    position: widgetSettingsOf(definition).position,
    brandColor: definition.theme.brandColor,
    language,
    label: text(definition.title),
    closeLabel: t.close,
    onClose: () => {
      if (!ended) {
        if (started) queue.close(target.key);
        options.finished("dismissed");
      }
      panel.remove();
    },
  });

  function queuePage(submission: PageSubmission) {
    const { answers, complete } = submission;
    if (submission.first) {
      const reference = customerReferenceOf(options.identity);
      const body: Record<string, unknown> = {
        answers,
        language,
        channel: "widget",
        complete,
        clientResponseId: target.key,
        startedAt,
      };
      if (reference) body.customer = reference;
      // The time of the answers, not of their delivery, which may come much later from the offline queue.
      if (complete) body.submittedAt = new Date(clock.now()).toISOString();
      queue.add(target, { kind: "create", body }, complete);
    } else {
      queue.add(target, { kind: "update", body: { answers, complete } }, complete);
    }
    started = true;
    void queue.flush();
  }

  function showStep(step: SessionStep, first: boolean) {
    if (step.kind === "ending") showEnding(step.ending);
    else showPage(step.page, first);
  }

  function showPage(page: Extract<SessionStep, { kind: "page" }>["page"], first: boolean) {
    const submit = h("button", { type: "submit", class: "primary" });
    const refresh = () => {
      const visible = new Set(session.visibleQuestions().map((question) => question.id));
      for (const block of blocks) block.element.hidden = !visible.has(block.question.id);
      submit.textContent = session.endsHere() ? t.submit : t.next;
    };
    const blocks = page.questions.map((question) =>
      questionBlock(question, {
        t,
        text,
        change: (changed, value) => {
          session.answer(changed.id, value);
          blocks.find((block) => block.question === changed)?.showError(undefined);
          refresh();
        },
      }),
    );
    const onSubmit = (event: Event) => {
      event.preventDefault();
      const invalid = blocks.filter((block) => {
        if (block.element.hidden) return false;
        const message = checkAnswer(block.question, session.answers[block.question.id], t);
        block.showError(message);
        return message !== undefined;
      });
      if (invalid[0]) return invalid[0].focus();
      const submission = session.submitPage();
      queuePage(submission);
      showStep(submission.next, false);
    };
    const welcome = first ? definition.welcome : undefined;
    const form = h(
      "form",
      { novalidate: true, onsubmit: onSubmit },
      welcome && h("h2", {}, text(welcome.title)),
      welcome?.body && h("p", {}, text(welcome.body)),
      page.title && h("h3", {}, text(page.title)),
      ...blocks.map((block) => block.element),
      h("div", { class: "actions" }, submit),
    );
    refresh();
    const firstControl = blocks.find((block) => !block.element.hidden);
    panel.show(form);
    if (!first) firstControl?.focus();
  }

  function showEnding(ending: Ending | undefined) {
    ended = true;
    options.finished("completed");
    const title = h("h2", { tabindex: -1 }, text(ending?.title) || t.thanks);
    const close = h("button", { type: "button", class: "primary", onclick: () => panel.remove() }, t.close);
    panel.show(
      h(
        "div",
        { role: "status", "data-ending": ending?.id ?? "" },
        title,
        ending?.body && h("p", {}, text(ending.body)),
        !options.isOnline() && h("p", { class: "note" }, t.offline),
        h("div", { class: "actions" }, close),
      ),
      title,
    );
  }

  showStep(session.start(), true);
}
