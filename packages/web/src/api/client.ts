// The one way the dashboard talks to the API: same-origin JSON (or a text upload), the CSRF header on writes,
// problems as ApiError.
import type { Problem } from "@touchpoint/core";

type FieldError = NonNullable<Problem["errors"]>[number];

/** A failed API call, carrying the RFC 9457 problem the server sent (or one made up for a network failure). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string;
  readonly fieldErrors: FieldError[];
  /** Seconds from the Retry-After header of a 429 or 503, when present. */
  readonly retryAfterSeconds: number | null;

  constructor(problem: Problem, retryAfterSeconds: number | null = null) {
    super(`${problem.status} ${problem.code}: ${problem.detail}`);
    this.name = "ApiError";
    this.status = problem.status;
    this.code = problem.code;
    this.title = problem.title;
    this.detail = problem.detail;
    this.fieldErrors = problem.errors ?? [];
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export const CSRF_COOKIE = "tp_csrf";
export const CSRF_HEADER = "X-CSRF-Token";

let csrfToken: string | null = null;

/**
 * Remembers the token from GET /me (and login, switch-workspace). The tp_csrf cookie wins when present:
 * it is what the server set last, even if another tab has logged in again since.
 */
export function rememberCsrfToken(token: string | null): void {
  csrfToken = token;
}

function readCookie(name: string): string | null {
  for (const part of document.cookie.split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return decodeURIComponent(value.join("="));
  }
  return null;
}

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** A body sent as it is with its own media type (a CSV upload), where any other body is sent as JSON. */
export class TextBody {
  readonly text: string;
  readonly contentType: string;
  constructor(text: string, contentType: string) {
    this.text = text;
    this.contentType = contentType;
  }
}

export async function request<T>(method: HttpMethod, path: string, body?: unknown): Promise<T> {
  const headers = new Headers({ Accept: "application/json, application/problem+json" });
  if (body instanceof TextBody) headers.set("Content-Type", body.contentType);
  else if (body !== undefined) headers.set("Content-Type", "application/json");
  if (UNSAFE_METHODS.has(method)) {
    const token = readCookie(CSRF_COOKIE) ?? csrfToken;
    if (token) headers.set(CSRF_HEADER, token);
  }

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      body: body instanceof TextBody ? body.text : body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (cause) {
    // fetch rejects only when no HTTP answer arrived at all (offline, server down, CORS).
    throw new ApiError({
      type: "about:blank",
      title: "Network error",
      status: 0,
      code: "network_error",
      detail: cause instanceof Error ? cause.message : String(cause),
    });
  }

  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

async function toApiError(response: Response): Promise<ApiError> {
  const retryAfter = parseRetryAfter(response.headers.get("Retry-After"));
  const fallback: Problem = {
    type: "about:blank",
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
    code: "http_error",
    detail: "",
  };
  const text = await response.text();
  if (!text) return new ApiError(fallback, retryAfter);
  try {
    return new ApiError(readProblem(JSON.parse(text), fallback), retryAfter);
  } catch {
    // Not JSON (a proxy's HTML error page, say): keep the status and show the start of the body.
    return new ApiError({ ...fallback, detail: text.slice(0, 200) }, retryAfter);
  }
}

/** Takes what it can from a body that should be a problem; the server is trusted but a proxy may answer. */
function readProblem(body: unknown, fallback: Problem): Problem {
  if (typeof body !== "object" || body === null) return fallback;
  const value = body as Record<string, unknown>;
  const text = (key: string, otherwise: string) => {
    const field = value[key];
    return typeof field === "string" ? field : otherwise;
  };
  const errors = Array.isArray(value.errors)
    ? value.errors.filter(
        (error): error is FieldError =>
          typeof error === "object" &&
          error !== null &&
          typeof (error as FieldError).path === "string" &&
          typeof (error as FieldError).message === "string",
      )
    : undefined;
  return {
    type: text("type", fallback.type),
    title: text("title", fallback.title),
    status: typeof value.status === "number" ? value.status : fallback.status,
    code: text("code", fallback.code),
    detail: text("detail", fallback.detail),
    errors,
  };
}

/** Retry-After is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
function parseRetryAfter(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

export const api = {
  get: <T>(path: string) => request<T>("GET", path),
  post: <T>(path: string, body?: unknown) => request<T>("POST", path, body ?? {}),
  patch: <T>(path: string, body: unknown) => request<T>("PATCH", path, body),
  put: <T>(path: string, body: unknown) => request<T>("PUT", path, body),
  delete: (path: string) => request<void>("DELETE", path),
};
