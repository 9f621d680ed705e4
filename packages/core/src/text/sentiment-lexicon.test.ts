import { describe, expect, it } from "vitest";
import { lexiconSentimentFeatures, NEGATORS, prepareSentimentInput } from "./sentiment-features.ts";
import { lexiconFeatureNames, lexiconHits, lexiconScore } from "./sentiment-lexicon.ts";

const hits = (text: string, language: "vi" | "en" = "vi") =>
  lexiconHits(prepareSentimentInput(text, language), language, NEGATORS[language], prepareSentimentInput);

describe("lexiconHits", () => {
  it("finds service phrases, longest first, accented or not", () => {
    expect(hits("chờ lâu")).toEqual([{ strength: -2, negated: false, intensified: false }]);
    expect(hits("cho lau")).toEqual(hits("chờ lâu"));
    // "nhiệt tình" right after "nhân viên" is about the service: raised to 3.
    expect(hits("nhân viên nhiệt tình, chu đáo").map((hit) => hit.strength)).toEqual([3, 2]);
  });

  it("matches an accented word only in its own accents", () => {
    // "chăm sóc" (care) folds like "chậm" (slow): the blocking entry wins, and "chăm" alone is not "chậm".
    expect(hits("chăm sóc khách hàng")).toEqual([]);
    expect(hits("chăm")).toEqual([]);
    expect(hits("xử lý chậm").map((hit) => hit.strength)).toEqual([-1.5]);
  });

  it("raises a phrase next to an intensifier and turns a negated one", () => {
    expect(hits("rất tệ").map((hit) => hit.strength)).toEqual([-3]);
    expect(hits("chậm quá")).toEqual([{ strength: -2.25, negated: false, intensified: true }]);
    expect(hits("không hài lòng")).toEqual([{ strength: -2, negated: true, intensified: false }]);
    expect(hits("không phải chờ lâu")).toEqual([{ strength: 1, negated: true, intensified: false }]);
    // Punctuation ends the negation's reach.
    expect(hits("không, rất hài lòng").map((hit) => hit.strength)).toEqual([3]);
    expect(hits("It wasn't helpful", "en")).toEqual([{ strength: -2, negated: true, intensified: false }]);
  });

  it("raises a polar word about the service itself", () => {
    expect(hits("thái độ rất tệ").map((hit) => hit.strength)).toEqual([-4.5]);
    expect(hits("phục vụ chu đáo").map((hit) => hit.strength)).toEqual([3]);
    // A clause boundary ends the aspect's reach.
    expect(hits("nhân viên, chu đáo").map((hit) => hit.strength)).toEqual([2]);
  });

  it("names the hits as features and sums them into a score", () => {
    const found = hits("không hài lòng, chờ lâu quá");
    expect(lexiconFeatureNames(found)).toEqual(["L:not-neg2", "L:neg!2"]);
    expect(lexiconScore(found)).toBe(-5);
    expect(lexiconSentimentFeatures("không hài lòng, chờ lâu quá", "vi", 18).lexicon).toBe(-5);
  });
});
