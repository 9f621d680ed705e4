// Validates a CLI option with the same zod schema the API uses, failing with the option's name.
import type { z } from "zod";
import { ValidationError } from "../../platform/errors.ts";

export function parseOption<T extends z.ZodType>(option: string, schema: T, value: unknown): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const message = parsed.error.issues[0]?.message ?? "is not valid";
  throw new ValidationError(`${option} ${message}`, [{ path: option, message }]);
}
