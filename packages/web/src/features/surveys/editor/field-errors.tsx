// The field errors of the last failed save, so each builder input can show the server's message by path.
import { createContext, type ReactNode, use, useMemo } from "react";
import { ApiError } from "../../../api/client.ts";

type FieldErrors = readonly { path: string; message: string }[];

const FieldErrorsContext = createContext<FieldErrors>([]);

export function FieldErrorsProvider({ error, children }: { error: unknown; children: ReactNode }) {
  const errors = useMemo(() => (error instanceof ApiError ? error.fieldErrors : []), [error]);
  return <FieldErrorsContext value={errors}>{children}</FieldErrorsContext>;
}

/** Every field error of the last failed save. */
export function useFieldErrors(): FieldErrors {
  return use(FieldErrorsContext);
}

/**
 * The message for a definition field such as "pages.0.questions.1.title", including those of its parts
 * ("…title.en"); the server names definition fields "definition.…".
 */
export function useFieldError(
  path: string | undefined,
  { exact = false, scope = "definition" }: { exact?: boolean; scope?: "definition" | "body" } = {},
) {
  const errors = use(FieldErrorsContext);
  if (!path) return undefined;
  const full = scope === "definition" ? `definition.${path}` : path;
  const found = errors.filter(
    (error) => error.path === full || (!exact && error.path.startsWith(`${full}.`)),
  );
  return found.length > 0 ? found.map((error) => error.message).join("; ") : undefined;
}

/** True when any error lies at or below this path: a collapsed question card can say it needs attention. */
export function useHasFieldErrors(path: string): boolean {
  return useFieldError(path) !== undefined;
}
