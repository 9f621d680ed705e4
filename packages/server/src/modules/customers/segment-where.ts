// Compiles a segment's rules to one SQL condition over the customers table, so counts, lists, invitation
// audiences and analytics filters are evaluated by the database, never by loading customers into memory.
// Every value the user wrote travels as a bound parameter; only fixed operators are written into the SQL.
import type { AttributeDefinition, AttributeValue, SegmentDefinition, SegmentRule } from "@touchpoint/core";
import { type Column, getTableName, type SQL, sql } from "drizzle-orm";
import { DomainError, type FieldError } from "../../platform/errors.ts";
import { textAnalyses } from "../text/schema.ts";
import { attributeErrors } from "./attributes.ts";
import { customerScores, customers, interactions } from "./schema.ts";

/**
 * A column as "table"."column", always. Drizzle leaves columns unqualified in a single-table select list,
 * where a correlated subquery would read "workspace_id" as its own table's and match nothing.
 */
export const qualified = (column: Column) =>
  sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;

const customer = {
  workspaceId: qualified(customers.workspaceId),
  id: qualified(customers.id),
  attributes: qualified(customers.attributes),
  tags: qualified(customers.tags),
  consent: qualified(customers.consent),
  mergedInto: qualified(customers.mergedInto),
  erasedAt: qualified(customers.erasedAt),
};
const score = {
  workspaceId: qualified(customerScores.workspaceId),
  customerId: qualified(customerScores.customerId),
  metric: qualified(customerScores.metric),
  value: qualified(customerScores.value),
};
const interaction = {
  workspaceId: qualified(interactions.workspaceId),
  customerId: qualified(interactions.customerId),
  occurredAt: qualified(interactions.occurredAt),
  outcome: qualified(interactions.outcome),
  channel: qualified(interactions.channel),
  type: qualified(interactions.type),
};
const analysis = {
  workspaceId: qualified(textAnalyses.workspaceId),
  customerId: qualified(textAnalyses.customerId),
  occurredAt: qualified(textAnalyses.occurredAt),
  sentiment: qualified(textAnalyses.sentiment),
};

export interface SegmentContext {
  workspaceId: string;
  /** The clock's now: windows like "in the last 30 days" end here. */
  now: Date;
  /** The workspace's attribute definitions: a rule compares an attribute as its type says. */
  attributes: AttributeDefinition[];
}

export class InvalidSegmentError extends DomainError {
  constructor(errors: FieldError[]) {
    super(422, "invalid_segment", "Some rules of this segment cannot be evaluated.", { errors });
  }
}

type AttributeRule = Extract<SegmentRule, { kind: "attribute" }>;

const COMPARATORS = { eq: "=", neq: "<>", gt: ">", gte: ">=", lt: "<", lte: "<=" } as const;
type Comparison = keyof typeof COMPARATORS;
/** Which operators each attribute type takes; text and booleans have no order worth comparing. */
const OPERATORS: Record<AttributeDefinition["type"], readonly AttributeRule["op"][]> = {
  string: ["eq", "neq", "contains", "exists", "not_exists"],
  number: ["eq", "neq", "gt", "gte", "lt", "lte", "exists", "not_exists"],
  date: ["eq", "neq", "gt", "gte", "lt", "lte", "exists", "not_exists"],
  boolean: ["eq", "neq", "exists", "not_exists"],
};

function attributeRuleProblems(rule: AttributeRule, definition: AttributeDefinition | undefined) {
  if (!definition) return [{ field: "key", message: "unknown attribute: define it first" }];
  if (!OPERATORS[definition.type].includes(rule.op)) {
    const allowed = OPERATORS[definition.type].join(", ");
    return [{ field: "op", message: `a ${definition.type} attribute is compared with ${allowed}` }];
  }
  const presence = rule.op === "exists" || rule.op === "not_exists";
  if (presence)
    return rule.value === undefined ? [] : [{ field: "value", message: `${rule.op} takes no value` }];
  if (rule.value === undefined) return [{ field: "value", message: `${rule.op} needs a value` }];
  if (rule.op === "contains" && (typeof rule.value !== "string" || rule.value.trim() === "")) {
    return [{ field: "value", message: "contains needs some text" }];
  }
  // The same type checks as a value written to a profile: "must be a number", "must be a date like …".
  const [problem] = attributeErrors([definition], { [definition.key]: rule.value as AttributeValue });
  return problem ? [{ field: "value", message: problem.message }] : [];
}

/** What keeps a definition from being evaluated in this workspace, by field path. */
export function segmentProblems(
  definition: SegmentDefinition,
  attributes: AttributeDefinition[],
  path = "definition",
): FieldError[] {
  const byKey = new Map(attributes.map((attribute) => [attribute.key, attribute]));
  return definition.rules.flatMap((rule, index) =>
    rule.kind === "attribute"
      ? attributeRuleProblems(rule, byKey.get(rule.key)).map(({ field, message }) => ({
          path: `${path}.rules.${index}.${field}`,
          message,
        }))
      : [],
  );
}

/**
 * Text compared without case or diacritics: "nguyen" finds "Nguyễn" and "NGUYỄN". Decomposed (NFD) so
 * Vietnamese tone and vowel marks become separate combining marks that are dropped; đ is its own letter
 * and becomes d. Stored text may be in any Unicode form, hence the normalisation here, on both sides.
 */
const folded = (text: SQL) =>
  sql`lower(translate(regexp_replace(regexp_replace(normalize(${text}, NFD), '[\\u0300-\\u036f]', '', 'g'), '\\s+', ' ', 'g'), 'đĐ', 'dd'))`;

/**
 * The attribute's value as its type compares, or null when it is missing or stored with another type (a
 * definition removed and defined again with another type leaves such values): never a cast error.
 * Dates ("YYYY-MM-DD", the only form stored) compare as text in byte order, which is date order; a cast
 * to date would fail on a value like 2026-02-30 that the profile API's date check lets through.
 */
function typedValue(key: string, type: AttributeDefinition["type"]) {
  const json = sql`(${customer.attributes} -> ${key}::text)`;
  const text = sql`(${customer.attributes} ->> ${key}::text)`;
  switch (type) {
    case "number":
      return sql`(case when jsonb_typeof(${json}) = 'number' then ${text}::numeric end)`;
    case "boolean":
      return sql`(case when jsonb_typeof(${json}) = 'boolean' then ${text}::boolean end)`;
    case "date":
      return sql`(case when jsonb_typeof(${json}) = 'string' and ${text} ~ '^\\d{4}-\\d{2}-\\d{2}$' then ${text} collate "C" end)`;
    case "string":
      return sql`(case when jsonb_typeof(${json}) = 'string' then normalize(${text}, NFC) end)`;
  }
}

function typedParameter(value: AttributeValue, type: AttributeDefinition["type"]) {
  switch (type) {
    case "number":
      return sql`${value}::numeric`;
    case "boolean":
      return sql`${value}::boolean`;
    case "date":
      return sql`${value}::text collate "C"`;
    case "string":
      return sql`${typeof value === "string" ? value.normalize("NFC") : value}::text`;
  }
}

function attributeCondition(rule: AttributeRule, type: AttributeDefinition["type"]): SQL {
  const present = sql`coalesce(jsonb_typeof(${customer.attributes} -> ${rule.key}::text), 'null') <> 'null'`;
  if (rule.op === "exists") return present;
  if (rule.op === "not_exists") return sql`not (${present})`;
  const value = typedValue(rule.key, type);
  const given = rule.value as AttributeValue;
  if (rule.op === "contains") {
    const needle = typeof given === "string" ? given.trim().normalize("NFC") : "";
    return sql`coalesce(strpos(${folded(value)}, ${folded(sql`${needle}::text`)}) > 0, false)`;
  }
  const parameter = typedParameter(given, type);
  // "is not gold" is the complement of "is gold": customers without the attribute are not gold either.
  if (rule.op === "neq") return sql`not coalesce(${value} = ${parameter}, false)`;
  return sql`coalesce(${value} ${sql.raw(COMPARATORS[rule.op])} ${parameter}, false)`;
}

const compare = (column: SQL, op: Comparison, parameter: SQL) =>
  sql`${column} ${sql.raw(COMPARATORS[op])} ${parameter}`;

const DAY_MS = 86_400_000;

function ruleCondition(rule: SegmentRule, context: SegmentContext, types: Map<string, AttributeDefinition>) {
  switch (rule.kind) {
    case "attribute": {
      const definition = types.get(rule.key);
      // segmentWhere checked every key first; reaching this is a bug, not a client's mistake.
      if (!definition) throw new Error(`unchecked attribute ${rule.key}`);
      return attributeCondition(rule, definition.type);
    }
    case "tag": {
      const has = sql`${customer.tags} @> jsonb_build_array(${rule.tag.normalize("NFC")}::text)`;
      return rule.has ? has : sql`not (${has})`;
    }
    case "consent": {
      const granted = sql`coalesce((${customer.consent} -> ${rule.channel}::text -> 'granted') = 'true'::jsonb, false)`;
      return rule.granted ? granted : sql`not ${granted}`;
    }
    case "score":
      // Scores are stored as real: the value is cast to real too, or 4.2 would not equal a stored 4.2.
      return sql`exists (select 1 from ${customerScores} where ${score.workspaceId} = ${customer.workspaceId} and ${score.customerId} = ${customer.id} and ${score.metric} = ${rule.metric}::text and ${compare(score.value, rule.op, sql`${rule.value}::real`)})`;
    case "interactions": {
      const since = new Date(context.now.getTime() - rule.withinDays * DAY_MS);
      const filters = [
        rule.outcome === undefined ? undefined : sql` and ${interaction.outcome} = ${rule.outcome}::text`,
        rule.channel === undefined ? undefined : sql` and ${interaction.channel} = ${rule.channel}::text`,
        rule.type === undefined ? undefined : sql` and ${interaction.type} = ${rule.type}::text`,
      ];
      // Counting stops at minCount (the limit): a customer with 10,000 logins costs what one with 3 does.
      // The (workspace_id, customer_id, occurred_at) index answers the correlation and the window.
      return sql`(select count(*) from (select 1 from ${interactions} where ${interaction.workspaceId} = ${customer.workspaceId} and ${interaction.customerId} = ${customer.id} and ${interaction.occurredAt} >= ${since.toISOString()}::timestamptz and ${interaction.occurredAt} <= ${context.now.toISOString()}::timestamptz${sql.join(filters.filter((filter) => filter !== undefined))} limit ${rule.minCount}::int) as recent) >= ${rule.minCount}::int`;
    }
    case "feedback": {
      const since = new Date(context.now.getTime() - rule.withinDays * DAY_MS);
      // Counted like interactions, stopping at minCount, over the (workspace_id, customer_id, occurred_at)
      // index of text_analyses: one row per analysed answer or note.
      return sql`(select count(*) from (select 1 from ${textAnalyses} where ${analysis.workspaceId} = ${customer.workspaceId} and ${analysis.customerId} = ${customer.id} and ${analysis.sentiment} = ${rule.sentiment}::text and ${analysis.occurredAt} >= ${since.toISOString()}::timestamptz and ${analysis.occurredAt} <= ${context.now.toISOString()}::timestamptz limit ${rule.minCount}::int) as given) >= ${rule.minCount}::int`;
    }
  }
}

/**
 * The condition "this customer is in the segment", for a query over `customers` (not aliased): the
 * workspace's live customers (not merged, not erased) matching all or any of the rules. Throws
 * InvalidSegmentError (422, with field paths) when a rule does not fit the workspace's attributes.
 */
export function segmentWhere(definition: SegmentDefinition, context: SegmentContext): SQL {
  const problems = segmentProblems(definition, context.attributes);
  if (problems.length > 0) throw new InvalidSegmentError(problems);
  const types = new Map(context.attributes.map((attribute) => [attribute.key, attribute]));
  const rules = definition.rules.map((rule) => sql`(${ruleCondition(rule, context, types)})`);
  const joined = sql.join(rules, definition.match === "any" ? sql` or ` : sql` and `);
  return sql`(${customer.workspaceId} = ${context.workspaceId}::uuid and ${customer.mergedInto} is null and ${customer.erasedAt} is null and (${joined}))`;
}
