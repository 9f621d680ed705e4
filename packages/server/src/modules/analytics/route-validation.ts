// What every analytics route shares: its problem responses, and a failed schema check reported as a 422
// naming the field rather than the 400 other modules give.
import { problemSchema } from "@touchpoint/core";
import type { FastifyRequest } from "fastify";
import type { z } from "zod";
import { fieldErrorsFromZod } from "../../platform/field-errors.ts";
import { InvalidQueryError } from "./filters.ts";

export const problems = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  422: problemSchema,
};

/**
 * The request's part as its schema reads it; with attachValidation the route lets a failed check through,
 * and it is reported here as a 422 with the zod issues' field paths.
 */
export function validated<T extends z.ZodType>(
  request: FastifyRequest,
  schema: T,
  part: "body" | "querystring",
): z.output<T> {
  const invalid = request.validationError as (Error & { validationContext?: string }) | undefined;
  if (invalid && invalid.validationContext !== part) throw invalid;
  const parsed = schema.safeParse(part === "body" ? request.body : request.query);
  if (parsed.success) return parsed.data;
  const prefix = part === "body" ? "" : "querystring.";
  throw new InvalidQueryError(
    "The request is not valid.",
    fieldErrorsFromZod(parsed.error).map((error) => ({ ...error, path: `${prefix}${error.path}` })),
  );
}
