// Turns every error into an RFC 9457 problem+json response: client mistakes are 4xx with a code and the
// field paths at fault; only our own faults are 500, and those never carry a stack trace.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { DomainError, type FieldError, ServiceUnavailableError } from "../errors.ts";

const TITLES: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  406: "Not Acceptable",
  409: "Conflict",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  500: "Internal Server Error",
  503: "Service Unavailable",
};

export function sendProblem(
  reply: FastifyReply,
  status: number,
  code: string,
  detail: string,
  errors?: FieldError[],
): FastifyReply {
  return reply
    .status(status)
    .type("application/problem+json")
    .send({
      type: `https://touchpoint.dev/problems/${code}`,
      title: TITLES[status] ?? "Error",
      status,
      code,
      detail,
      instance: reply.request.url,
      ...(errors ? { errors } : {}),
    });
}

/** Error codes of drivers that mean "the database is not there", as opposed to a bad query. */
const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "57P01",
  "57P02",
  "57P03",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
]);
const UNAVAILABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|connection is closed/i;

function isDatabaseUnavailable(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    const candidate = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof candidate.code === "string" && UNAVAILABLE_CODES.has(candidate.code)) return true;
    if (typeof candidate.message === "string" && UNAVAILABLE_MESSAGES.test(candidate.message)) return true;
    current = candidate.cause;
  }
  return false;
}

function validationErrors(
  error: FastifyError & {
    validation: { instancePath: string; message?: string; params?: Record<string, unknown> }[];
  },
): FieldError[] {
  const context = (error as { validationContext?: string }).validationContext;
  const prefix = context && context !== "body" ? `${context}.` : "";
  return error.validation.flatMap((issue) => {
    const base = issue.instancePath.replace(/^\//, "").replaceAll("/", ".");
    const keys = issue.params?.keys;
    if (Array.isArray(keys) && keys.length > 0) {
      return keys.map((key) => ({
        path: `${prefix}${base ? `${base}.` : ""}${String(key)}`,
        message: "unknown field",
      }));
    }
    return [{ path: `${prefix}${base}`, message: issue.message ?? "is not valid" }];
  });
}

function fastifyCodeToProblem(
  error: FastifyError,
): { status: number; code: string; detail: string } | undefined {
  switch (error.code) {
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return { status: 415, code: "unsupported_media_type", detail: "Send the body as application/json." };
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return {
        status: 413,
        code: "body_too_large",
        detail: "The request body is larger than this server accepts.",
      };
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return { status: 400, code: "empty_body", detail: "The body is empty but its content type is JSON." };
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return { status: 400, code: "malformed_json", detail: "The body is not valid JSON." };
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
      return {
        status: 400,
        code: "bad_content_length",
        detail: "The Content-Length header does not match the body.",
      };
    default:
      return undefined;
  }
}

export function registerProblemHandlers(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      return sendProblem(
        reply,
        400,
        "validation_failed",
        "The request is not valid.",
        validationErrors(error),
      );
    }
    if (error instanceof DomainError) {
      if (error.headers) reply.headers(error.headers);
      return sendProblem(reply, error.status, error.code, error.message, error.errors);
    }
    const known = fastifyCodeToProblem(error);
    if (known) return sendProblem(reply, known.status, known.code, known.detail);
    if (error instanceof SyntaxError && error.statusCode === 400) {
      return sendProblem(reply, 400, "malformed_json", "The body is not valid JSON.");
    }
    if (error.statusCode === 429) {
      return sendProblem(reply, 429, "rate_limited", "Too many requests: slow down and retry later.");
    }
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: error }, "database unavailable");
      const unavailable = new ServiceUnavailableError();
      return sendProblem(reply, unavailable.status, unavailable.code, unavailable.message);
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      // The code follows the status ("Forbidden" → forbidden), so it never contradicts the title.
      const code = (TITLES[error.statusCode] ?? "Bad Request").toLowerCase().replaceAll(" ", "_");
      return sendProblem(reply, error.statusCode, code, error.message);
    }
    request.log.error({ err: error }, "unhandled error");
    return sendProblem(
      reply,
      500,
      "internal_error",
      `Something went wrong on our side (request ${request.id}).`,
    );
  });
}
