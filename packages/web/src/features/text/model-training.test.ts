import { describe, expect, it } from "vitest";
import { trainingBlock } from "./model-training.ts";

const describeClass = (label: string, count: number) => `${label}: ${count}`;

describe("trainingBlock", () => {
  it("blocks a topic model with fewer than 2 labelled classes", () => {
    expect(trainingBlock("topic", { topic: { fees: 40 }, sentiment: {} }, describeClass)).toEqual({
      blocked: true,
      key: "feedback.models.tooFewClasses",
      values: { classes: 1 },
    });
  });

  it("names each class with fewer than 6 labels, 5 to learn from and 1 held out", () => {
    const summary = { topic: { fees: 6, staff: 5, app: 2 }, sentiment: {} };
    expect(trainingBlock("topic", summary, describeClass)).toEqual({
      blocked: true,
      key: "feedback.models.tooFewLabels",
      values: { min: 6, rare: "app: 2, staff: 5" },
    });
  });

  it("asks a sentiment model for all three classes, counting a missing one as 0", () => {
    const summary = { topic: {}, sentiment: { negative: 9, positive: 7 } };
    expect(trainingBlock("sentiment", summary, describeClass)).toMatchObject({
      values: { rare: "neutral: 0" },
    });
  });

  it("lets a model train when every class has enough labels", () => {
    const summary = { topic: { fees: 6, staff: 12 }, sentiment: { negative: 6, neutral: 6, positive: 6 } };
    expect(trainingBlock("topic", summary, describeClass)).toEqual({ blocked: false });
    expect(trainingBlock("sentiment", summary, describeClass)).toEqual({ blocked: false });
  });
});
