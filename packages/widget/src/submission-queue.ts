// The offline queue: every page a respondent submits is stored in localStorage first, then sent, and
// removed only once the server acknowledged it. Network errors, 5xx and 429 are retried with exponential
// backoff (and on the next page load and when the browser comes back online); other 4xx are dropped with
// a warning, so the queue never grows without end. Creating a response is idempotent by its client id, so
// a retry after a lost acknowledgement stores it once.
import { DAY_MS } from "./survey-eligibility.ts";
import type { Clock, JsonStore, SetTimer } from "./widget-types.ts";

export const QUEUE_KEY = "touchpoint:queue";
/** Entries older than this are given up: the survey has most likely moved on. */
export const MAX_QUEUE_AGE_MS = 14 * DAY_MS;
const FIRST_RETRY_MS = 2_000;
const LAST_RETRY_MS = 10 * 60_000;

export type QueueStep =
  | { kind: "create"; body: Record<string, unknown> }
  | { kind: "update"; body: { answers: Record<string, unknown>; complete: boolean } };

/** One response on its way to the server: the requests not yet acknowledged, in order. */
export interface QueuedResponse {
  /** The clientResponseId, sent as Idempotency-Key when creating the response. */
  key: string;
  host: string;
  survey: string;
  steps: QueueStep[];
  /** Known once the server acknowledged the creation; updates need it. */
  response?: { id: string; token: string };
  /** False once the respondent completed or left the survey: no more steps will come. */
  open: boolean;
  attempts: number;
  nextAttemptAt: number;
  queuedAt: number;
}

export interface QueuePorts {
  store: JsonStore;
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  clock: Clock;
  setTimer: SetTimer;
  warn: (message: string, detail?: unknown) => void;
}

/** Delay before the n-th retry (n ≥ 1): 2 s, 4 s, 8 s … at most 10 minutes. */
export function backoffMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), LAST_RETRY_MS);
}

type Outcome =
  | { kind: "acknowledged"; response?: { id: string; token: string } }
  | { kind: "retry"; afterMs?: number }
  | { kind: "refused"; status: number; problem: unknown };

export class SubmissionQueue {
  private running: Promise<void> | undefined;
  private rerun = false;
  private cancelTimer: (() => void) | undefined;

  private readonly ports: QueuePorts;

  constructor(ports: QueuePorts) {
    this.ports = ports;
  }

  entries(): QueuedResponse[] {
    const stored = this.ports.store.read<QueuedResponse[]>(QUEUE_KEY);
    return Array.isArray(stored) ? stored : [];
  }

  /** Stores a step of a response before anything is sent; `last` closes the response. */
  add(target: Pick<QueuedResponse, "key" | "host" | "survey">, step: QueueStep, last: boolean): void {
    const now = this.ports.clock.now();
    const entries = this.entries();
    const entry = entries.find((candidate) => candidate.key === target.key);
    if (entry) {
      entry.steps.push(step);
      entry.open = !last;
    } else if (step.kind === "create") {
      entries.push({ ...target, steps: [step], open: !last, attempts: 0, nextAttemptAt: now, queuedAt: now });
    } else {
      // Its creation was refused (and dropped), so the server has nothing to add these answers to.
      this.ports.warn("Touchpoint: answers for a response the server refused were dropped");
      return;
    }
    this.ports.store.write(QUEUE_KEY, entries);
  }

  /** The respondent left the survey: once its pending steps are sent, the entry goes. */
  close(key: string): void {
    this.change(key, (entry) => ({ ...entry, open: false }));
    this.removeIfDone(key);
  }

  /**
   * Sends what is due (everything when `now` is set: a page load or the browser coming online), one
   * response at a time and each response's steps in order; resolves when this round is over.
   */
  flush(now = false): Promise<void> {
    if (this.running) {
      this.rerun = true;
      return this.running;
    }
    const round = async () => {
      let force = now;
      do {
        this.rerun = false;
        for (const { key } of this.entries()) await this.deliver(key, force);
        force = false;
      } while (this.rerun);
    };
    // Cleared in `finally`, after the assignment, even when a round finishes without awaiting anything.
    this.running = round().finally(() => {
      this.running = undefined;
      this.scheduleNext();
    });
    return this.running;
  }

  private async deliver(key: string, force: boolean): Promise<void> {
    for (;;) {
      const entry = this.entries().find((candidate) => candidate.key === key);
      const step = entry?.steps[0];
      const now = this.ports.clock.now();
      if (!entry) return;
      if (now - entry.queuedAt > MAX_QUEUE_AGE_MS) {
        if (step) this.ports.warn(`Touchpoint: a response to ${entry.survey} could not be sent in 14 days`);
        return this.remove(key);
      }
      if (!step) return this.removeIfDone(key);
      if (!force && entry.nextAttemptAt > now) return;
      const outcome = await this.send(entry, step);
      if (outcome.kind === "refused") {
        this.ports.warn(
          `Touchpoint: the server refused a response to ${entry.survey} (${outcome.status}); it was dropped`,
          outcome.problem,
        );
        return this.remove(key);
      }
      if (outcome.kind === "retry") {
        const attempts = entry.attempts + 1;
        const wait = Math.max(backoffMs(attempts), outcome.afterMs ?? 0);
        this.change(key, (fresh) => ({ ...fresh, attempts, nextAttemptAt: this.ports.clock.now() + wait }));
        return;
      }
      this.change(key, (fresh) => ({
        ...fresh,
        steps: fresh.steps.slice(1),
        response: outcome.response ?? fresh.response,
        attempts: 0,
        nextAttemptAt: this.ports.clock.now(),
      }));
      force = true;
    }
  }

  private async send(entry: QueuedResponse, step: QueueStep): Promise<Outcome> {
    const base = `${entry.host}/api/v1/public/surveys/${encodeURIComponent(entry.survey)}/responses`;
    const headers: Record<string, string> = { "content-type": "application/json" };
    let url = base;
    let method = "POST";
    if (step.kind === "create") {
      headers["idempotency-key"] = entry.key;
    } else {
      if (!entry.response) return { kind: "refused", status: 0, problem: "no response to update" };
      url = `${base}/${entry.response.id}`;
      method = "PATCH";
      headers["x-response-token"] = entry.response.token;
    }
    let reply: Response;
    try {
      reply = await this.ports.fetch(url, { method, headers, body: JSON.stringify(step.body) });
    } catch {
      // Offline, DNS, CORS or a reset connection: the request may not have arrived, so it is retried.
      return { kind: "retry" };
    }
    const payload: unknown = await reply.json().catch(() => undefined);
    if (reply.ok) return { kind: "acknowledged", response: responseRefOf(payload) };
    if (reply.status === 429 || reply.status === 408 || reply.status >= 500) {
      return { kind: "retry", afterMs: retryAfterMs(reply.headers.get("retry-after")) };
    }
    // A completion the server already took (its acknowledgement was lost) answers 409 response_completed.
    if (step.kind === "update" && reply.status === 409 && codeOf(payload) === "response_completed") {
      return { kind: "acknowledged" };
    }
    return { kind: "refused", status: reply.status, problem: payload };
  }

  private scheduleNext() {
    this.cancelTimer?.();
    this.cancelTimer = undefined;
    const due = this.entries()
      .filter((entry) => entry.steps.length > 0)
      .map((entry) => entry.nextAttemptAt);
    if (due.length === 0) return;
    const wait = Math.max(0, Math.min(...due) - this.ports.clock.now());
    this.cancelTimer = this.ports.setTimer(() => void this.flush(), wait);
  }

  private change(key: string, update: (entry: QueuedResponse) => QueuedResponse) {
    const entries = this.entries().map((entry) => (entry.key === key ? update(entry) : entry));
    this.ports.store.write(QUEUE_KEY, entries);
  }

  private removeIfDone(key: string) {
    const entry = this.entries().find((candidate) => candidate.key === key);
    if (entry && entry.steps.length === 0 && !entry.open) this.remove(key);
  }

  private remove(key: string) {
    this.ports.store.write(
      QUEUE_KEY,
      this.entries().filter((entry) => entry.key !== key),
    );
  }
}

function responseRefOf(payload: unknown): { id: string; token: string } | undefined {
  if (typeof payload !== "object" || payload === null) return undefined;
  const { id, token } = payload as Record<string, unknown>;
  return typeof id === "string" && typeof token === "string" ? { id, token } : undefined;
}

const codeOf = (payload: unknown) =>
  typeof payload === "object" && payload !== null ? (payload as Record<string, unknown>).code : undefined;

/** Retry-After in seconds (the form rate limiters send); an HTTP date is ignored in favour of backoff. */
function retryAfterMs(header: string | null): number | undefined {
  const seconds = header === null ? Number.NaN : Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds * 1000, LAST_RETRY_MS) : undefined;
}
