import type { AttributeDefinition, SegmentDefinition } from "@touchpoint/core";
import { describe, expect, it } from "vitest";
import {
  newRuleDraft,
  opsForType,
  type RuleDraft,
  ruleOf,
  segmentDefinitionOf,
  segmentDraftOf,
  serverRuleProblems,
  withAttribute,
} from "./segment-rule-draft.ts";

const definitions: AttributeDefinition[] = [
  { key: "tier", label: { vi: "Hạng", en: "Tier" }, type: "string" },
  { key: "balance", label: { en: "Balance" }, type: "number" },
  { key: "joined", label: { en: "Joined" }, type: "date" },
  { key: "vip", label: { en: "VIP" }, type: "boolean" },
];

describe("segment definition ↔ form", () => {
  // The three examples of docs/customers.md, "Segments".
  const examples: SegmentDefinition[] = [
    {
      match: "all",
      rules: [
        { kind: "score", metric: "nps", op: "lte", value: 6 },
        { kind: "interactions", minCount: 3, withinDays: 30, outcome: "failure" },
      ],
    },
    {
      match: "all",
      rules: [
        { kind: "attribute", key: "balance", op: "gte", value: 500000000 },
        { kind: "tag", tag: "vip", has: true },
        { kind: "consent", channel: "email", granted: true },
      ],
    },
    {
      match: "any",
      rules: [
        { kind: "attribute", key: "tier", op: "contains", value: "vang" },
        { kind: "attribute", key: "joined", op: "gte", value: "2026-10-01" },
        { kind: "attribute", key: "vip", op: "eq", value: false },
        { kind: "attribute", key: "tier", op: "not_exists" },
        { kind: "interactions", minCount: 1, withinDays: 7, channel: "branch", type: "complaint" },
      ],
    },
  ];

  it.each(examples.map((example, index) => [index, example] as const))(
    "gives example %i back unchanged after a round trip through the form",
    (_, definition) => {
      expect(segmentDefinitionOf(segmentDraftOf(definition), definitions)).toEqual({
        definition,
        problems: {},
      });
    },
  );

  it("reads inputs as typed: a decimal comma, spaces, decomposed Vietnamese", () => {
    const draft = {
      match: "all" as const,
      rules: [
        { kind: "attribute", key: "balance", op: "gt", value: " 1500,5 " },
        { kind: "attribute", key: "tier", op: "eq", value: "Va\u0300ng" },
        { kind: "score", metric: "csat", op: "gte", value: "4,2" },
        { kind: "tag", tag: "  khách quen ", has: false },
      ] satisfies RuleDraft[],
    };
    expect(segmentDefinitionOf(draft, definitions).definition?.rules).toEqual([
      { kind: "attribute", key: "balance", op: "gt", value: 1500.5 },
      { kind: "attribute", key: "tier", op: "eq", value: "Vàng" },
      { kind: "score", metric: "csat", op: "gte", value: 4.2 },
      { kind: "tag", tag: "khách quen", has: false },
    ]);
  });

  it("leaves out the optional interaction filters left at “any”", () => {
    const parsed = ruleOf(
      { kind: "interactions", minCount: "2", withinDays: "90", outcome: "", channel: "", type: " " },
      definitions,
    );
    expect(parsed).toEqual({ ok: true, rule: { kind: "interactions", minCount: 2, withinDays: 90 } });
  });

  it("has no definition while an input cannot be read, and says which input and why", () => {
    const read = segmentDefinitionOf(
      {
        match: "all",
        rules: [
          { kind: "attribute", key: "balance", op: "gte", value: "nhiều" },
          { kind: "attribute", key: "joined", op: "lt", value: "30/04/2026" },
          { kind: "attribute", key: "gone", op: "eq", value: "x" },
          { kind: "tag", tag: " ", has: true },
          { kind: "interactions", minCount: "2.5", withinDays: "0", outcome: "", channel: "", type: "" },
          { kind: "score", metric: "nps", op: "lte", value: "" },
          { kind: "consent", channel: "sms", granted: false },
        ],
      },
      definitions,
    );
    expect(read).toEqual({
      definition: null,
      problems: {
        0: { value: "number" },
        1: { value: "date" },
        2: { key: "unknownAttribute" },
        3: { tag: "required" },
        4: { minCount: "wholeNumber", withinDays: "wholeNumber" },
        5: { value: "required" },
      },
    });
  });

  it("has no definition without rules", () => {
    expect(segmentDefinitionOf({ match: "all", rules: [] }, definitions).definition).toBeNull();
  });
});

describe("attribute rules follow the attribute's type", () => {
  it("offers order only for numbers and dates, and contains only for text", () => {
    expect(opsForType("string")).toEqual(["eq", "neq", "contains", "exists", "not_exists"]);
    expect(opsForType("date")).toContain("lte");
    expect(opsForType("boolean")).toEqual(["eq", "neq", "exists", "not_exists"]);
  });

  it("starts on the first attribute; a yes/no one starts at yes", () => {
    expect(newRuleDraft("attribute", definitions)).toEqual({
      kind: "attribute",
      key: "tier",
      op: "eq",
      value: "",
    });
    expect(newRuleDraft("attribute", [])).toMatchObject({ key: "" });
    const vip = withAttribute(
      { kind: "attribute", key: "tier", op: "contains", value: "vàng" },
      "vip",
      definitions,
    );
    expect(vip).toEqual({ kind: "attribute", key: "vip", op: "eq", value: "true" });
  });

  it("keeps the operator the new type takes, and the value only when the type is the same", () => {
    const balance = { kind: "attribute" as const, key: "balance", op: "gte" as const, value: "100" };
    expect(withAttribute(balance, "joined", definitions)).toEqual({
      kind: "attribute",
      key: "joined",
      op: "gte",
      value: "",
    });
    expect(withAttribute(balance, "tier", definitions)).toMatchObject({ op: "eq", value: "" });
  });
});

describe("serverRuleProblems", () => {
  it("places the server's messages at their rule and field, whichever path style the validator used", () => {
    expect(
      serverRuleProblems([
        { path: "definition.rules.1.key", message: "unknown attribute: define it first" },
        { path: "/definition/rules/0/value", message: "must be a number" },
        { path: "definition.rules.3", message: "Invalid input" },
        { path: "name", message: "required" },
      ]),
    ).toEqual({
      0: { value: "must be a number" },
      1: { key: "unknown attribute: define it first" },
      3: { kind: "Invalid input" },
    });
  });
});
