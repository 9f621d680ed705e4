// Entry of the embeddable widget served at /widget.js: replaces the snippet's stub with the real
// Touchpoint object, replays the calls queued before it loaded (or inits from window.TouchpointConfig),
// and sends what the offline queue still holds from earlier pages.
import { localStore } from "./local-store.ts";
import { SubmissionQueue } from "./submission-queue.ts";
import { createTouchpoint, type InitOptions, type TouchpointApi } from "./touchpoint-api.ts";
import type { SetTimer } from "./widget-types.ts";

type QueuedCall = [keyof TouchpointApi, ...unknown[]];

declare global {
  interface Window {
    Touchpoint?: TouchpointApi | { q?: QueuedCall[] };
    TouchpointConfig?: InitOptions;
  }
}

function start() {
  const existing = window.Touchpoint;
  if (existing && "version" in existing) return;
  const clock = { now: () => Date.now() };
  const setTimer: SetTimer = (run, ms) => {
    const timer = setTimeout(run, ms);
    return () => clearTimeout(timer);
  };
  const store = localStore(() => window.localStorage);
  const queue = new SubmissionQueue({
    store,
    fetch: (url, init) => fetch(url, init),
    clock,
    setTimer,
    warn: (message, detail) => console.warn(message, detail ?? ""),
  });
  const script = document.currentScript as HTMLScriptElement | null;
  const touchpoint = createTouchpoint({
    store,
    queue,
    clock,
    setTimer,
    scriptOrigin: script?.src ? new URL(script.src).origin : undefined,
  });
  window.Touchpoint = touchpoint;

  void queue.flush(true);
  window.addEventListener("online", () => void queue.flush(true));

  const calls = existing && Array.isArray(existing.q) ? existing.q : [];
  if (window.TouchpointConfig && !calls.some(([method]) => method === "init")) {
    touchpoint.init(window.TouchpointConfig);
  }
  for (const [method, ...args] of calls) {
    const call = touchpoint[method];
    if (typeof call === "function") (call as (...values: unknown[]) => unknown)(...args);
    else console.warn(`Touchpoint: unknown method ${String(method)}`);
  }
}

start();
