import { describe, expect, it } from "vitest";
import { splitHeldOut, trainingReadiness } from "./workspace-models.ts";

describe("splitHeldOut", () => {
  it("holds out every 5th item of each class, in the given order", () => {
    const items = [
      ...Array.from({ length: 11 }, (_, i) => ({ label: "a", n: i })),
      ...Array.from({ length: 6 }, (_, i) => ({ label: "b", n: i })),
    ];
    const { train, heldOut } = splitHeldOut(items);
    expect(heldOut).toEqual([
      { label: "a", n: 4 },
      { label: "a", n: 9 },
      { label: "b", n: 4 },
    ]);
    expect(train).toHaveLength(14);
  });
});

describe("trainingReadiness", () => {
  it("needs 6 labels a class: 5 learnt from and 1 held out", () => {
    expect(trainingReadiness("topic", { a: 6, b: 6 })).toEqual({ ready: true });
    expect(trainingReadiness("topic", { a: 6, b: 5 })).toEqual({
      ready: false,
      reason: "too_few_labels",
      rare: [{ label: "b", count: 5 }],
    });
    expect(trainingReadiness("topic", { a: 40, b: 0 })).toEqual({
      ready: false,
      reason: "too_few_classes",
      classes: 1,
    });
  });
});
