// Customer attributes against the workspace's definitions: the customers API refuses what does not fit;
// inbound records (a response's customer reference) keep only what fits, the rest stays on the record.
import type { AttributeDefinition, AttributeValue } from "@touchpoint/core";
import type { FieldError } from "../../platform/errors.ts";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function typeProblem(definition: AttributeDefinition, value: AttributeValue): string | null {
  if (value === null) return null;
  switch (definition.type) {
    case "string":
      return typeof value === "string" ? null : "must be text";
    case "number":
      return typeof value === "number" && Number.isFinite(value) ? null : "must be a number";
    case "boolean":
      return typeof value === "boolean" ? null : "must be true or false";
    case "date":
      return typeof value === "string" && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value))
        ? null
        : "must be a date like 2026-11-25";
  }
}

/** The problems of these attribute values, by field path (`attributes.<key>`). */
export function attributeErrors(
  definitions: AttributeDefinition[],
  attributes: Record<string, AttributeValue>,
  path = "attributes",
): FieldError[] {
  const byKey = new Map(definitions.map((definition) => [definition.key, definition]));
  return Object.entries(attributes).flatMap(([key, value]) => {
    const definition = byKey.get(key);
    if (!definition) return [{ path: `${path}.${key}`, message: "unknown attribute: define it first" }];
    const problem = typeProblem(definition, value);
    return problem ? [{ path: `${path}.${key}`, message: problem }] : [];
  });
}

/** The attribute values that fit their definitions; unknown or mistyped ones are left out. */
export function fittingAttributes(
  definitions: AttributeDefinition[],
  attributes: Record<string, AttributeValue> | undefined,
): Record<string, AttributeValue> {
  const byKey = new Map(definitions.map((definition) => [definition.key, definition]));
  return Object.fromEntries(
    Object.entries(attributes ?? {}).filter(([key, value]) => {
      const definition = byKey.get(key);
      return definition !== undefined && value !== null && typeProblem(definition, value) === null;
    }),
  );
}

/** Applies a change: given keys replace, null removes. */
export function applyAttributes(
  current: Record<string, AttributeValue>,
  change: Record<string, AttributeValue>,
): Record<string, AttributeValue> {
  const next = { ...current };
  for (const [key, value] of Object.entries(change)) {
    if (value === null) delete next[key];
    else next[key] = value;
  }
  return next;
}
