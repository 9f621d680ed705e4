// Field errors from zod issues, in the shape problem+json reports them: an unknown key is named by its own
// path ("colour"), not by its parent's.
import type { z } from "zod";
import type { FieldError } from "./errors.ts";

export function fieldErrorsFromZod(error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue) => {
    const base = issue.path.map(String).join(".");
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ path: base ? `${base}.${key}` : key, message: "unknown field" }));
    }
    return [{ path: base, message: issue.message }];
  });
}
