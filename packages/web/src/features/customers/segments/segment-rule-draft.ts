// The segment builder's form and the API's definition. A rule is edited as a draft (every input as typed,
// numbers as text) and becomes a rule only when each input reads as its type: attribute values by the
// type the workspace defines for that attribute, counts as whole numbers in the API's ranges.
import {
  type AttributeDefinition,
  type AttributeType,
  type ConsentChannel,
  type InteractionChannel,
  type InteractionOutcome,
  type ScoreMetric,
  SEGMENT_COMPARISONS,
  type SegmentDefinition,
  type SegmentRule,
  type Sentiment,
} from "@touchpoint/core";

export const RULE_KINDS = ["attribute", "tag", "consent", "score", "interactions", "feedback"] as const;
export type RuleKind = (typeof RULE_KINDS)[number];
export type Comparison = (typeof SEGMENT_COMPARISONS)[number];
export type AttributeOp = Extract<SegmentRule, { kind: "attribute" }>["op"];

export type RuleDraft =
  /** `value`: text, a number or date as typed, or "true"/"false" for a yes/no attribute. */
  | { kind: "attribute"; key: string; op: AttributeOp; value: string }
  | { kind: "tag"; tag: string; has: boolean }
  | { kind: "consent"; channel: ConsentChannel; granted: boolean }
  | { kind: "score"; metric: ScoreMetric; op: Comparison; value: string }
  | {
      kind: "interactions";
      minCount: string;
      withinDays: string;
      /** "" for any. */
      outcome: InteractionOutcome | "";
      channel: InteractionChannel | "";
      type: string;
    }
  | { kind: "feedback"; sentiment: Sentiment; minCount: string; withinDays: string };

export interface SegmentDraft {
  match: "all" | "any";
  rules: RuleDraft[];
}

export type RuleProblem = "required" | "number" | "date" | "wholeNumber" | "unknownAttribute";
/** Problems by the draft's field name ("value", "minCount"). */
export type RuleProblems = Partial<Record<string, RuleProblem>>;
export type ParsedRule = { ok: true; rule: SegmentRule } | { ok: false; problems: RuleProblems };

const PRESENCE: AttributeOp[] = ["exists", "not_exists"];

/** The operators an attribute of this type takes (docs/customers.md, "Segments"): text has no order. */
export function opsForType(type: AttributeType | undefined): AttributeOp[] {
  switch (type) {
    case "number":
    case "date":
      return [...SEGMENT_COMPARISONS, ...PRESENCE];
    case "boolean":
      return ["eq", "neq", ...PRESENCE];
    default:
      return ["eq", "neq", "contains", ...PRESENCE];
  }
}

export const takesValue = (op: AttributeOp) => !PRESENCE.includes(op);

const typeOf = (definitions: readonly AttributeDefinition[], key: string) =>
  definitions.find((definition) => definition.key === key)?.type;

export function newRuleDraft(kind: RuleKind, definitions: readonly AttributeDefinition[]): RuleDraft {
  switch (kind) {
    case "attribute": {
      const first = definitions[0];
      return withAttribute({ kind, key: "", op: "eq", value: "" }, first?.key ?? "", definitions);
    }
    case "tag":
      return { kind, tag: "", has: true };
    case "consent":
      return { kind, channel: "email", granted: true };
    case "score":
      // The rule people reach for first: detractors.
      return { kind, metric: "nps", op: "lte", value: "6" };
    case "interactions":
      return { kind, minCount: "3", withinDays: "30", outcome: "", channel: "", type: "" };
    case "feedback":
      // The rule people reach for first: unhappy in the last quarter.
      return { kind, sentiment: "negative", minCount: "1", withinDays: "90" };
  }
}

/**
 * The attribute rule pointed at another attribute: the operator stays when the new type takes it, and the
 * value is kept only when the type did not change (a date typed for a number attribute means nothing).
 */
export function withAttribute(
  draft: Extract<RuleDraft, { kind: "attribute" }>,
  key: string,
  definitions: readonly AttributeDefinition[],
): RuleDraft {
  const before = typeOf(definitions, draft.key);
  const after = typeOf(definitions, key);
  const ops = opsForType(after);
  const op = ops.includes(draft.op) ? draft.op : (ops[0] ?? "eq");
  const sameType = before === after && draft.key !== "";
  const value = sameType ? draft.value : after === "boolean" ? "true" : "";
  return { kind: "attribute", key, op, value };
}

export function ruleDraftOf(rule: SegmentRule): RuleDraft {
  switch (rule.kind) {
    case "attribute":
      return { ...rule, value: rule.value === undefined ? "" : String(rule.value) };
    case "tag":
      return { kind: "tag", tag: rule.tag, has: rule.has };
    case "consent":
      return { ...rule };
    case "score":
      return { ...rule, value: String(rule.value) };
    case "interactions":
      return {
        kind: "interactions",
        minCount: String(rule.minCount),
        withinDays: String(rule.withinDays),
        outcome: rule.outcome ?? "",
        channel: rule.channel ?? "",
        type: rule.type ?? "",
      };
    case "feedback":
      return { ...rule, minCount: String(rule.minCount), withinDays: String(rule.withinDays) };
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads a decimal number as people type it, with a point or a Vietnamese decimal comma ("4,5"). */
function numberOf(text: string): number | null {
  const trimmed = text.trim().replace(",", ".");
  if (trimmed === "") return null;
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : null;
}

function wholeNumberIn(text: string, min: number, max: number): number | null {
  const number = numberOf(text);
  return number !== null && Number.isInteger(number) && number >= min && number <= max ? number : null;
}

function attributeValueOf(
  type: AttributeType,
  text: string,
): { value: string | number | boolean } | RuleProblem {
  const trimmed = text.trim();
  if (trimmed === "") return "required";
  switch (type) {
    case "string":
      return { value: trimmed.normalize("NFC") };
    case "number": {
      const number = numberOf(trimmed);
      return number === null ? "number" : { value: number };
    }
    case "date":
      return ISO_DATE.test(trimmed) && !Number.isNaN(Date.parse(trimmed)) ? { value: trimmed } : "date";
    case "boolean":
      return { value: trimmed === "true" };
  }
}

export function ruleOf(draft: RuleDraft, definitions: readonly AttributeDefinition[]): ParsedRule {
  switch (draft.kind) {
    case "attribute": {
      const type = typeOf(definitions, draft.key);
      if (!type) return { ok: false, problems: { key: draft.key ? "unknownAttribute" : "required" } };
      if (!takesValue(draft.op))
        return { ok: true, rule: { kind: "attribute", key: draft.key, op: draft.op } };
      const read = attributeValueOf(type, draft.value);
      if (typeof read === "string") return { ok: false, problems: { value: read } };
      return { ok: true, rule: { kind: "attribute", key: draft.key, op: draft.op, value: read.value } };
    }
    case "tag": {
      const tag = draft.tag.trim().normalize("NFC");
      if (!tag) return { ok: false, problems: { tag: "required" } };
      return { ok: true, rule: { kind: "tag", tag, has: draft.has } };
    }
    case "consent":
      return { ok: true, rule: { ...draft } };
    case "score": {
      const value = numberOf(draft.value);
      if (value === null)
        return { ok: false, problems: { value: draft.value.trim() ? "number" : "required" } };
      return { ok: true, rule: { kind: "score", metric: draft.metric, op: draft.op, value } };
    }
    case "interactions": {
      const minCount = wholeNumberIn(draft.minCount, 1, 100_000);
      const withinDays = wholeNumberIn(draft.withinDays, 1, 3650);
      const problems: RuleProblems = {};
      if (minCount === null) problems.minCount = "wholeNumber";
      if (withinDays === null) problems.withinDays = "wholeNumber";
      if (minCount === null || withinDays === null) return { ok: false, problems };
      const type = draft.type.trim();
      return {
        ok: true,
        rule: {
          kind: "interactions",
          minCount,
          withinDays,
          ...(draft.outcome ? { outcome: draft.outcome } : {}),
          ...(draft.channel ? { channel: draft.channel } : {}),
          ...(type ? { type } : {}),
        },
      };
    }
    case "feedback": {
      const minCount = wholeNumberIn(draft.minCount, 1, 100_000);
      const withinDays = wholeNumberIn(draft.withinDays, 1, 3650);
      const problems: RuleProblems = {};
      if (minCount === null) problems.minCount = "wholeNumber";
      if (withinDays === null) problems.withinDays = "wholeNumber";
      if (minCount === null || withinDays === null) return { ok: false, problems };
      return { ok: true, rule: { kind: "feedback", sentiment: draft.sentiment, minCount, withinDays } };
    }
  }
}

export interface DefinitionRead {
  /** Null while a rule cannot be read, or there is none. */
  definition: SegmentDefinition | null;
  /** Problems by rule index. */
  problems: Record<number, RuleProblems>;
}

export function segmentDefinitionOf(
  draft: SegmentDraft,
  definitions: readonly AttributeDefinition[],
): DefinitionRead {
  const problems: Record<number, RuleProblems> = {};
  const rules: SegmentRule[] = [];
  draft.rules.forEach((ruleDraft, index) => {
    const parsed = ruleOf(ruleDraft, definitions);
    if (parsed.ok) rules.push(parsed.rule);
    else problems[index] = parsed.problems;
  });
  const complete = rules.length > 0 && Object.keys(problems).length === 0;
  return { definition: complete ? { match: draft.match, rules } : null, problems };
}

export function segmentDraftOf(definition: SegmentDefinition): SegmentDraft {
  return { match: definition.match, rules: definition.rules.map(ruleDraftOf) };
}

/**
 * The server's problems with a definition (`422 invalid_segment`), by rule index and field:
 * "definition.rules.2.value" (or "/definition/rules/2/value" from the schema validator).
 */
export function serverRuleProblems(
  fieldErrors: readonly { path: string; message: string }[],
): Record<number, Record<string, string>> {
  const found: Record<number, Record<string, string>> = {};
  for (const { path, message } of fieldErrors) {
    const match = /rules[./](\d+)(?:[./](\w+))?/.exec(path);
    if (!match) continue;
    const index = Number(match[1]);
    const field = match[2] ?? "kind";
    found[index] = { ...found[index], [field]: message };
  }
  return found;
}
