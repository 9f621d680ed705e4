// Pages for when there is no survey to answer: closed (410), not open (404 for a draft, 503 while paused),
// not found (404), and anything that went wrong — friendly, translated, never a JSON problem.
import { chooseLanguage } from "@touchpoint/core";
import { DomainError } from "../../platform/errors.ts";
import { CHROME_LANGUAGES, messagesFor } from "./messages.ts";
import { renderDocument, renderScreen } from "./render-document.ts";

export type StatusKind = "closed" | "unavailable" | "notFound" | "error";

export interface StatusPage {
  status: number;
  kind: StatusKind;
  /** Our fault rather than the survey's state or the request's: worth a log line. */
  unexpected: boolean;
}

export function statusPageFor(error: unknown): StatusPage {
  if (error instanceof DomainError) {
    if (error.code === "survey_closed") return { status: 410, kind: "closed", unexpected: false };
    if (error.code === "survey_paused") return { status: 503, kind: "unavailable", unexpected: false };
    if (error.code === "survey_not_live") return { status: 404, kind: "unavailable", unexpected: false };
    if (error.status === 404) return { status: 404, kind: "notFound", unexpected: false };
    return { status: error.status, kind: "error", unexpected: error.status >= 500 };
  }
  const status = (error as { statusCode?: unknown }).statusCode;
  // Client mistakes Fastify reports (a body too large, a malformed request) keep their status.
  if (typeof status === "number" && status >= 400 && status < 500) {
    return { status, kind: status === 404 ? "notFound" : "error", unexpected: false };
  }
  return { status: 500, kind: "error", unexpected: true };
}

/** The chrome language for a page that may know no survey: ?lang=, else the browser's, else Vietnamese. */
export function statusLanguage(requested: string | undefined, acceptLanguage: string | undefined): string {
  return chooseLanguage(
    { languages: [...CHROME_LANGUAGES], defaultLanguage: "vi" },
    { requested, acceptLanguage },
  );
}

export function renderStatusPage(kind: StatusKind, language: string): string {
  const t = messagesFor(language);
  const texts = {
    closed: [t.closedTitle, t.closedBody],
    unavailable: [t.unavailableTitle, t.unavailableBody],
    notFound: [t.notFoundTitle, t.notFoundBody],
    error: [t.errorTitle, t.errorBody],
  } as const;
  const [title, body] = texts[kind];
  return renderDocument(
    { language, title: "", documentTitle: title, brandColor: "#1c7ed6" },
    t,
    renderScreen({ title, body }),
  );
}
