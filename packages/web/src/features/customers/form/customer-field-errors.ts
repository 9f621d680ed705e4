// Puts the server's field errors of a customer change back on the form: by form path ("phones.1" is the
// second phone row), with the problems the UI words itself recognised (an identity another customer
// holds, an address or number that is not one) and the server's message otherwise.
import { normalizeEmail, normalizePhone } from "@touchpoint/core";
import { ApiError } from "../../../api/client.ts";
import { IDENTITY_LISTS, type IdentityList, type SentIdentities } from "./customer-draft.ts";

export type FieldProblem =
  /** Another customer holds this identity; `customerId` is theirs when the server named them. */
  | { kind: "taken"; customerId: string | null }
  | { kind: "email" }
  | { kind: "phone" }
  | { kind: "message"; message: string };

export type FieldProblems = ReadonlyMap<string, FieldProblem>;

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

function isIdentityList(name: string | undefined): name is IdentityList {
  return (IDENTITY_LISTS as readonly (string | undefined)[]).includes(name);
}

/** How the server compares identities, so duplicates collapse as they do there. */
function identityKeys(sent: SentIdentities, list: IdentityList): (string | null)[] {
  switch (list) {
    case "externalIds":
      return sent.input.externalIds.map(({ system, value }) => `${system}:${value}`);
    case "emails":
      return sent.input.emails.map(normalizeEmail);
    case "phones":
      return sent.input.phones.map(normalizePhone);
  }
}

/**
 * The sent index of the `unique`-th distinct identity of a list: an identity_taken path counts identities
 * after the server has dropped duplicates ("0912…" and "+84912…" are one phone).
 */
function sentIndexOfUnique(sent: SentIdentities, list: IdentityList, unique: number): number | undefined {
  const seen = new Set<string>();
  const keys = identityKeys(sent, list);
  for (const [index, key] of keys.entries()) {
    if (key === null || seen.has(key)) continue;
    if (seen.size === unique) return index;
    seen.add(key);
  }
  return undefined;
}

/** "phones.0" of the body → "phones.<form row>"; other paths stay as they are. */
function formPath(path: string, sent: SentIdentities | undefined, deduplicated: boolean): string {
  const segments = path.replace(/^\/|^body\./, "").split(/[./]/);
  const [list, index, ...rest] = segments;
  if (!sent || !isIdentityList(list) || index === undefined || !/^\d+$/.test(index)) {
    return segments.join(".");
  }
  const sentIndex = deduplicated ? sentIndexOfUnique(sent, list, Number(index)) : Number(index);
  const row = sentIndex === undefined ? undefined : sent.rows[list][sentIndex];
  return [list, String(row ?? index), ...rest].join(".");
}

function problemOf(code: string, path: string, message: string): FieldProblem {
  if (code === "identity_taken") return { kind: "taken", customerId: UUID.exec(message)?.[0] ?? null };
  if (/^emails\.\d+$/.test(path) && /email address/.test(message)) return { kind: "email" };
  if (/^phones\.\d+$/.test(path) && /phone number/.test(message)) return { kind: "phone" };
  return { kind: "message", message };
}

/** The field problems of a failed request, keyed by form path; empty for any other error. */
export function fieldProblemsOf(error: unknown, sent?: SentIdentities): FieldProblems {
  const problems = new Map<string, FieldProblem>();
  if (!(error instanceof ApiError)) return problems;
  for (const { path, message } of error.fieldErrors) {
    const at = formPath(path, sent, error.code === "identity_taken");
    if (!problems.has(at)) problems.set(at, problemOf(error.code, at, message));
  }
  return problems;
}

/** The first problem at this path or below it ("externalIds.0" also finds "externalIds.0.system"). */
export function problemUnder(problems: FieldProblems, path: string): FieldProblem | undefined {
  for (const [at, problem] of problems) {
    if (at === path || at.startsWith(`${path}.`)) return problem;
  }
  return undefined;
}
