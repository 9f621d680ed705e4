// Decides when each widget survey appears: on page load or after a tracked event, after its delay, on exit
// intent when asked, one survey at a time, once the server's contact rules allow it for an identified
// visitor — and keeps the latest decision per survey for Touchpoint.debug().
import {
  type ContactHistory,
  recordHold,
  recordOutcome,
  recordShown,
  type SurveyOutcome,
  withSamplingDraw,
} from "./contact-history.ts";
import { checkEligibility, heldDetail } from "./survey-eligibility.ts";
import type { PageUrl } from "./url-pattern.ts";
import { type Clock, type SetTimer, type WidgetSurvey, widgetSettingsOf } from "./widget-types.ts";

export type DecisionStatus = "shown" | "waiting" | "skipped";

export interface Decision {
  survey: string;
  status: DecisionStatus;
  /** A stable code: a skip reason of survey-eligibility.ts, "event", "delay", "exit_intent", "busy", "shown". */
  reason: string;
  detail: string;
  /** ISO time of the decision. */
  at: string;
}

export interface TriggerPorts {
  clock: Clock;
  random: () => number;
  setTimer: SetTimer;
  /** Calls `run` once when the visitor moves to leave the page; returns a function that stops watching. */
  watchExitIntent(run: () => void): () => void;
  currentUrl(): PageUrl;
  /** Whether the site identified the visitor with an id and its userHash, as segment targeting needs. */
  verifiedVisitor(): boolean;
  loadHistory(): ContactHistory;
  saveHistory(history: ContactHistory): void;
  /**
   * Asks the server's contact rules whether an identified visitor may be asked now; answers at once, without
   * a request, for an anonymous visitor.
   */
  checkContact(survey: WidgetSurvey): ContactAnswer | Promise<ContactAnswer>;
  /** Shows the survey; calls `finished` when the visitor completes or dismisses it. */
  present(survey: WidgetSurvey, finished: (outcome: SurveyOutcome) => void): void;
}

/**
 * The server's answer; a hold has an end (`until`); "not_targeted" (not in the survey's segment) and
 * "not_asked" (opted out of in-app surveys) have none.
 */
export type ContactAnswer = { ask: true } | { ask: false; reason: string; until?: string };

type Occasion = { kind: "load" } | { kind: "event"; name: string };

export class TriggerRunner {
  private surveys: WidgetSurvey[] | undefined;
  private readonly earlyEvents: string[] = [];
  private readonly latest = new Map<string, Decision>();
  /** Surveys between their trigger and their appearance, with the function that cancels the wait. */
  private readonly armed = new Map<string, () => void>();
  private showing: string | undefined;

  private readonly ports: TriggerPorts;

  constructor(ports: TriggerPorts) {
    this.ports = ports;
  }

  /** Takes the surveys fetched at init and acts on the page load and on events tracked before they came. */
  start(surveys: WidgetSurvey[]): void {
    this.surveys = surveys;
    for (const survey of surveys) this.consider(survey, { kind: "load" });
    for (const name of this.earlyEvents.splice(0)) this.track(name);
  }

  track(name: string): void {
    if (!this.surveys) {
      this.earlyEvents.push(name);
      return;
    }
    for (const survey of this.surveys) {
      if (widgetSettingsOf(survey.definition).events.includes(name))
        this.consider(survey, { kind: "event", name });
    }
  }

  decisions(): Decision[] {
    return [...this.latest.values()];
  }

  /** Stops every pending delay and exit-intent watch. */
  stop(): void {
    for (const cancel of this.armed.values()) cancel();
    this.armed.clear();
  }

  private decide(survey: string, status: DecisionStatus, reason: string, detail: string) {
    const at = new Date(this.ports.clock.now()).toISOString();
    this.latest.set(survey, { survey, status, reason, detail, at });
  }

  /** Eligibility now, with the browser's sampling draw stored the first time it is needed. */
  private eligibility(survey: WidgetSurvey) {
    const stored = this.ports.loadHistory();
    const { history, draw } = withSamplingDraw(stored, survey.slug, this.ports.random);
    if (history !== stored) this.ports.saveHistory(history);
    const url = this.ports.currentUrl();
    const verified = this.ports.verifiedVisitor();
    return checkEligibility(survey, { url, history, now: this.ports.clock.now(), draw, verified });
  }

  private consider(survey: WidgetSurvey, occasion: Occasion) {
    if (this.armed.has(survey.slug) || this.showing === survey.slug) return;
    const eligibility = this.eligibility(survey);
    if (!eligibility.eligible) {
      this.decide(survey.slug, "skipped", eligibility.reason, eligibility.detail);
      return;
    }
    const settings = widgetSettingsOf(survey.definition);
    if (occasion.kind === "load" && settings.events.length > 0) {
      const names = settings.events.map((name) => `"${name}"`).join(" or ");
      this.decide(survey.slug, "waiting", "event", `waiting for Touchpoint.track(${names})`);
      return;
    }
    const afterDelay = () => {
      if (!settings.exitIntent) return this.show(survey);
      this.decide(survey.slug, "waiting", "exit_intent", "waiting for the visitor to move to leave the page");
      this.armed.set(
        survey.slug,
        this.ports.watchExitIntent(() => this.show(survey)),
      );
    };
    if (settings.delaySeconds <= 0) return afterDelay();
    this.decide(survey.slug, "waiting", "delay", `showing after ${settings.delaySeconds} s`);
    this.armed.set(survey.slug, this.ports.setTimer(afterDelay, settings.delaySeconds * 1000));
  }

  private show(survey: WidgetSurvey) {
    this.armed.get(survey.slug)?.();
    this.armed.delete(survey.slug);
    if (this.showing) {
      this.decide(survey.slug, "skipped", "busy", `survey ${this.showing} is open`);
      return;
    }
    // Checked again: time has passed, and another survey may have been shown meanwhile.
    const eligibility = this.eligibility(survey);
    if (!eligibility.eligible) {
      this.decide(survey.slug, "skipped", eligibility.reason, eligibility.detail);
      return;
    }
    // Held while the server answers, so no other survey opens meanwhile.
    this.showing = survey.slug;
    const answer = this.ports.checkContact(survey);
    if ("then" in answer) {
      this.decide(survey.slug, "waiting", "contact_check", "asking the workspace's contact rules");
      void answer.then((settled) => this.showIfAllowed(survey, settled));
    } else this.showIfAllowed(survey, answer);
  }

  private showIfAllowed(survey: WidgetSurvey, answer: ContactAnswer) {
    const { clock } = this.ports;
    if (!answer.ask) {
      this.showing = undefined;
      // Not remembered: the visitor may join the segment, or be identified otherwise, on a later page.
      if (answer.until === undefined) {
        const detail =
          answer.reason === "not_asked"
            ? "the server does not ask this visitor (they opted out of in-app surveys)"
            : "the server did not find this verified visitor in the survey's segment";
        return this.decide(survey.slug, "skipped", answer.reason, detail);
      }
      const until = Date.parse(answer.until);
      this.ports.saveHistory(recordHold(this.ports.loadHistory(), survey.slug, answer.reason, until));
      this.decide(survey.slug, "skipped", answer.reason, heldDetail(until));
      return;
    }
    this.ports.saveHistory(recordShown(this.ports.loadHistory(), survey.slug, clock.now()));
    this.decide(survey.slug, "shown", "shown", "shown to the visitor");
    this.ports.present(survey, (outcome) => {
      this.ports.saveHistory(recordOutcome(this.ports.loadHistory(), survey.slug, outcome, clock.now()));
      this.showing = undefined;
      this.decide(survey.slug, "shown", outcome, `${outcome} by the visitor`);
    });
  }
}
