import { describe, expect, it } from "vitest";
import { applyLabels } from "./comment-labels.ts";

describe("applyLabels", () => {
  it("sets a value, removes on null and keeps an absent key", () => {
    const labels = { topic: "fees", sentiment: "negative" as const };
    expect(applyLabels(labels, { sentiment: "positive" })).toEqual({ topic: "fees", sentiment: "positive" });
    expect(applyLabels(labels, { topic: null })).toEqual({ sentiment: "negative" });
    expect(applyLabels({}, { topic: "staff", sentiment: null })).toEqual({ topic: "staff" });
    expect(labels).toEqual({ topic: "fees", sentiment: "negative" });
  });
});
