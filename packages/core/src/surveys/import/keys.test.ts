// Foreign ids turned into unique Touchpoint keys.
import { describe, expect, it } from "vitest";
import { keySchema } from "../conditions.ts";
import { KeyAllocator, toKey } from "./keys.ts";

describe("toKey", () => {
  it("keeps recognisable ids valid: spaces, hyphens, diacritics and leading digits", () => {
    expect(toKey("recommend friends", "q")).toBe("recommend_friends");
    expect(toKey("satisfaction-score", "q")).toBe("satisfaction_score");
    expect(toKey("Đánh giá", "q")).toBe("Danh_gia");
    expect(toKey("5", "c")).toBe("c5");
    expect(toKey("QID12", "q")).toBe("QID12");
    expect(keySchema.safeParse(toKey("x".repeat(100), "q")).success).toBe(true);
  });
});

describe("KeyAllocator", () => {
  it("makes keys unique within its scope and remembers the first key of each source", () => {
    const keys = new KeyAllocator("q");
    expect([keys.allocate("a b"), keys.allocate("a-b"), keys.allocate("a_b")]).toEqual([
      "a_b",
      "a_b_2",
      "a_b_3",
    ]);
    expect(keys.keyOf("a-b")).toBe("a_b_2");
  });
});
