import { describe, expect, it } from "vitest";
import { keywordsFromLines, keywordsToLines, suggestTopicId } from "./topic-keywords.ts";

describe("keywordsFromLines", () => {
  it("keeps one trimmed keyword per non-empty line, each once", () => {
    expect(keywordsFromLines(" phí rút tiền \r\n\nPhí rút tiền\nlãi suất\n  ")).toEqual([
      "phí rút tiền",
      "lãi suất",
    ]);
    expect(keywordsToLines(["a", "b"])).toBe("a\nb");
  });
});

describe("suggestTopicId", () => {
  it.each([
    ["Card & ATM", "card-atm"],
    ["Đặt lịch hẹn", "dat-lich-hen"],
    ["  3D Secure  ", "d-secure"],
    ["", ""],
  ])("suggests an id for %j", (label, id) => {
    expect(suggestTopicId(label)).toBe(id);
  });
});
