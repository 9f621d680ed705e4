import { describe, expect, it } from "vitest";
import { extractKeywords } from "./keywords.ts";

const phrases = (text: string, language: "vi" | "en") => extractKeywords(text, language).map((k) => k.phrase);

describe("extractKeywords", () => {
  it("joins Vietnamese syllables into bigrams and counts repeats", () => {
    const keywords = extractKeywords("Nhân viên rất nhiệt tình. Thủ tục nhanh, nhân viên vui vẻ", "vi");
    expect(keywords[0]).toEqual({ phrase: "nhân viên", key: "nhan vien", count: 2, length: 2 });
    expect(keywords.map((k) => k.phrase)).toEqual(
      expect.arrayContaining(["nhiệt tình", "thủ tục", "vui vẻ", "thủ tục nhanh"]),
    );
    // Syllables of a longer run are not words of their own.
    expect(keywords.map((k) => k.phrase)).not.toContain("viên");
  });

  it("never crosses punctuation or stopwords, and keeps a lone content syllable", () => {
    expect(phrases("Giá rất đắt, và phí cao", "vi")).toEqual(["phí cao", "đắt", "giá"]);
  });

  it("reads text without diacritics with the same phrases and keys, teen code expanded", () => {
    const accented = extractKeywords("Nhân viên thái độ tệ, thủ tục rườm rà", "vi").map((k) => k.key);
    const plain = extractKeywords("nv thai do te, thu tuc ruom ra", "vi").map((k) => k.key);
    expect(plain).toEqual(accented);
    // "do" (thái độ) and "ra" (rườm rà) stay content words when the text has no diacritics.
    expect(plain).toEqual(expect.arrayContaining(["thai do", "ruom ra"]));
  });

  it("extracts English unigrams to trigrams without stopwords or numbers", () => {
    expect(phrases("The waiting time at the branch was 45 minutes!", "en")).toEqual([
      "waiting time",
      "branch",
      "minutes",
      "time",
      "waiting",
    ]);
  });

  it("returns nothing for text of stopwords, emoji or punctuation", () => {
    expect(extractKeywords("rất là ok 👍 !!!", "vi")).toEqual([]);
    expect(extractKeywords("It was so, so very ...", "en")).toEqual([]);
  });
});
