import { conditionSchema, type Question } from "@touchpoint/core";
import { describe, expect, it } from "vitest";
import {
  asEditableComparison,
  hiddenFieldCondition,
  isPresenceCheck,
  withOperator,
} from "./condition-rules.ts";

const nps: Question = { id: "nps", type: "nps", title: { vi: "Bạn có giới thiệu không?" }, required: false };

describe("hidden field conditions", () => {
  it("start as an empty text comparison the condition schema accepts", () => {
    const condition = hiddenFieldCondition("touchpoint");
    expect(condition).toEqual({ subject: { source: "hidden", field: "touchpoint" }, op: "eq", value: "" });
    expect(conditionSchema.safeParse(condition).success).toBe(true);
  });

  it("drop the value for a presence check and start again from empty text after it", () => {
    const filled = { ...hiddenFieldCondition("touchpoint"), value: "branch" };
    const present = withOperator(filled, null, "answered");
    expect(present).toEqual({ subject: { source: "hidden", field: "touchpoint" }, op: "answered" });
    expect(withOperator(present, null, "contains")).toMatchObject({ op: "contains", value: "" });
    expect(withOperator(filled, null, "neq")).toMatchObject({ op: "neq", value: "branch" });
  });
});

describe("withOperator on an answer", () => {
  it("starts an NPS comparison at the detractor cut-off", () => {
    const answered = { subject: { source: "answer" as const, question: "nps" }, op: "answered" as const };
    expect(withOperator(answered, nps, "lte")).toMatchObject({ op: "lte", value: 6 });
  });
});

describe("asEditableComparison", () => {
  it("takes comparisons on answers and on hidden fields", () => {
    expect(asEditableComparison(hiddenFieldCondition("channel"))?.subject).toEqual({
      source: "hidden",
      field: "channel",
    });
    const onAnswer = {
      subject: { source: "answer" as const, question: "nps" },
      op: "gte" as const,
      value: 9,
    };
    expect(asEditableComparison(onAnswer)).toEqual(onAnswer);
  });

  it("leaves customer attributes and combined conditions to the API", () => {
    const customer = {
      subject: { source: "customer" as const, attribute: "tier" },
      op: "eq" as const,
      value: "gold",
    };
    expect(asEditableComparison(customer)).toBeNull();
    expect(asEditableComparison({ all: [hiddenFieldCondition("channel")] })).toBeNull();
  });
});

describe("isPresenceCheck", () => {
  it("is true for answered and not_answered only", () => {
    const ops = ["answered", "not_answered", "eq", "contains", "not_in"] as const;
    expect(ops.filter(isPresenceCheck)).toEqual(["answered", "not_answered"]);
  });
});
