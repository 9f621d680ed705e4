// Turns any thrown error into a readable, translated message: title, detail and field errors.
import type { TFunction } from "i18next";
import { ApiError } from "./client.ts";

export interface ErrorDescription {
  title: string;
  detail: string;
  fieldErrors: { path: string; message: string }[];
}

/** Problem codes with their own wording in the UI; other codes show the server's title and detail. */
const TRANSLATED_CODES = [
  "network_error",
  "invalid_credentials",
  "unauthenticated",
  "forbidden",
  "service_unavailable",
  "validation_failed",
  "csrf_failed",
  "rate_limited",
] as const;
type TranslatedCode = (typeof TRANSLATED_CODES)[number];

function isTranslated(code: string): code is TranslatedCode {
  return (TRANSLATED_CODES as readonly string[]).includes(code);
}

export function describeError(error: unknown, t: TFunction): ErrorDescription {
  if (!(error instanceof ApiError)) {
    return { title: t("problems.unknown.title"), detail: t("problems.unknown.detail"), fieldErrors: [] };
  }
  const fieldErrors = error.fieldErrors;
  if (error.code === "too_many_attempts" && error.retryAfterSeconds !== null) {
    return {
      title: t("problems.too_many_attempts.title"),
      detail: t("problems.too_many_attempts.detail", { count: error.retryAfterSeconds }),
      fieldErrors,
    };
  }
  const detail = isTranslated(error.code) ? t(`problems.${error.code}.detail`) : error.detail;
  // Any 429 or 503 may say when to come back, which is worth more than a generic "later".
  const retry =
    error.retryAfterSeconds === null ? "" : t("problems.retryIn", { count: error.retryAfterSeconds });
  return {
    title: isTranslated(error.code) ? t(`problems.${error.code}.title`) : error.title,
    detail: [detail, retry].filter(Boolean).join(" "),
    fieldErrors,
  };
}

/**
 * The server's message for one form field, or undefined. Paths may arrive as "email", "/email" or
 * "body.email" depending on the validator, so they are compared by their last segment.
 */
export function fieldError(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.fieldErrors.find((item) => item.path.split(/[./]/).filter(Boolean).at(-1) === field)?.message;
}

export function isUnauthenticated(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}
