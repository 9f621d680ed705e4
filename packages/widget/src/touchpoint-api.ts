// The global Touchpoint object: init, identify, track, reset and debug, wired to the browser (storage,
// timers, fetch, the page's URL) and to the trigger runner, the survey view and the offline queue.
import { emptyHistory, HISTORY_KEY, historyFrom } from "./contact-history.ts";
import { watchExitIntent } from "./exit-intent.ts";
import { cleanIdentity, customerReferenceOf, IDENTITY_KEY, isVerifiedIdentity } from "./identity.ts";
import { chooseWidgetLanguage } from "./respondent-language.ts";
import type { SubmissionQueue } from "./submission-queue.ts";
import { showSurvey } from "./survey-view.ts";
import { type ContactAnswer, type Decision, TriggerRunner } from "./trigger-runner.ts";
import type { Clock, Identity, JsonStore, SetTimer, WidgetSurvey } from "./widget-types.ts";

export interface InitOptions {
  /** The workspace's slug, as in the dashboard's address. */
  workspace: string;
  /** Where Touchpoint runs, e.g. "https://cx.example.vn"; defaults to where widget.js was loaded from. */
  host?: string;
  /** The language to ask in, when the survey has it. */
  language?: string;
}

export interface TouchpointApi {
  version: string;
  init(options: InitOptions): void;
  identify(identity: Identity): void;
  track(event: string): void;
  reset(): void;
  /** The latest decision for each widget survey: shown, waiting (for what) or skipped (why). */
  debug(): Decision[];
}

export interface BrowserPorts {
  store: JsonStore;
  queue: SubmissionQueue;
  clock: Clock;
  setTimer: SetTimer;
  /** Origin of the script tag that loaded the widget, the default host. */
  scriptOrigin: string | undefined;
}

export const WIDGET_VERSION = "0.1.0";

export function createTouchpoint(ports: BrowserPorts): TouchpointApi {
  const { store, queue, clock } = ports;
  let config: (InitOptions & { host: string }) | undefined;
  const identity = (): Identity => store.read<Identity>(IDENTITY_KEY) ?? {};
  const loadFailures: Decision[] = [];

  const runner = new TriggerRunner({
    clock,
    random: Math.random,
    setTimer: ports.setTimer,
    watchExitIntent,
    currentUrl: () => location,
    verifiedVisitor: () => isVerifiedIdentity(identity()),
    loadHistory: () => historyFrom(store.read(HISTORY_KEY) ?? emptyHistory()),
    saveHistory: (history) => store.write(HISTORY_KEY, history),
    checkContact: (survey) => checkContact(survey),
    present: (survey, finished) => present(survey, finished),
  });

  /**
   * The server's contact rules for an identified visitor. When the server cannot be asked the survey is
   * shown: the browser's own rules still apply, and a survey lost to a network blip is worse than a rare
   * second survey within the window.
   */
  function checkContact(survey: WidgetSurvey): ContactAnswer | Promise<ContactAnswer> {
    const visitor = identity();
    const customer = customerReferenceOf(visitor);
    if (!config || !customer) return { ask: true };
    const { externalId, email, phone } = customer;
    // Sent only with the id it signs; the server checks it for surveys that target a segment.
    const userHash = visitor.id ? visitor.userHash : undefined;
    const url = `${config.host}/api/v1/public/surveys/${encodeURIComponent(survey.slug)}/contact-check`;
    return fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ customer: { externalId, email, phone, userHash }, channel: "widget" }),
    })
      .then(async (reply) => (reply.ok ? ((await reply.json()) as ContactAnswer) : { ask: true as const }))
      .catch((error: unknown) => {
        console.warn("Touchpoint: could not check the contact rules; showing the survey", error);
        return { ask: true as const };
      });
  }

  function present(survey: WidgetSurvey, finished: Parameters<typeof showSurvey>[0]["finished"]) {
    if (!config) return;
    const visitor = identity();
    const language = chooseWidgetLanguage(survey.definition, {
      requested: config.language,
      identified: visitor.language,
      browser: navigator.languages ?? [navigator.language],
    });
    showSurvey({
      survey,
      host: config.host,
      language,
      identity: visitor,
      queue,
      clock,
      newKey: () => crypto.randomUUID(),
      isOnline: () => navigator.onLine !== false,
      finished,
    });
  }

  async function loadSurveys(workspace: string, host: string) {
    const url = `${host}/api/v1/public/workspaces/${encodeURIComponent(workspace)}/widget-surveys`;
    try {
      const reply = await fetch(url);
      if (!reply.ok) throw new Error(`${url} answered ${reply.status}`);
      const { items } = (await reply.json()) as { items: WidgetSurvey[] };
      runner.start(Array.isArray(items) ? items : []);
    } catch (error) {
      console.warn("Touchpoint: could not load the widget surveys", error);
      const at = new Date(clock.now()).toISOString();
      loadFailures.splice(0, 1, {
        survey: "*",
        status: "skipped",
        reason: "load_failed",
        detail: String(error),
        at,
      });
    }
  }

  return {
    version: WIDGET_VERSION,
    init(options) {
      if (config) return console.warn("Touchpoint: init was already called");
      const host = (options?.host ?? ports.scriptOrigin ?? "").replace(/\/+$/, "");
      if (!options?.workspace || !host) {
        return console.warn("Touchpoint: init needs { workspace, host }");
      }
      config = { ...options, host };
      void loadSurveys(options.workspace, host);
    },
    identify(given) {
      const { identity: cleaned, ignored } = cleanIdentity(given);
      if (ignored.length > 0) console.warn(`Touchpoint: identify ignored ${ignored.join(", ")}`);
      const known = identity();
      // Another id is another person: start afresh rather than mixing two people's details.
      const same = !cleaned.id || !known.id || cleaned.id === known.id;
      const merged = same
        ? { ...known, ...cleaned, attributes: { ...known.attributes, ...cleaned.attributes } }
        : cleaned;
      store.write(IDENTITY_KEY, merged);
    },
    track(event) {
      if (typeof event === "string" && event) runner.track(event);
    },
    reset() {
      store.remove(IDENTITY_KEY);
    },
    debug() {
      return [...loadFailures, ...runner.decisions()];
    },
  };
}
