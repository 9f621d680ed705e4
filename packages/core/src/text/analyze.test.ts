import { describe, expect, it } from "vitest";
import { analyzeText } from "./analyze.ts";

describe("analyzeText", () => {
  it("gives an empty text no language, a neutral sentiment and nothing else", () => {
    expect(analyzeText("   ")).toEqual({
      language: "unknown",
      sentiment: "neutral",
      score: 0,
      topics: [],
      aspects: [],
      keywords: [],
    });
  });

  it("reads Vietnamese with and without diacritics the same way", () => {
    const accented = analyzeText("Nhân viên rất thân thiện nhưng phải chờ quá lâu, thủ tục rườm rà.");
    const plain = analyzeText("Nhan vien rat than thien nhung phai cho qua lau, thu tuc ruom ra.");
    for (const result of [accented, plain]) {
      expect(result.language).toBe("vi");
      expect(result.topics.map((topic) => topic.id)).toEqual(
        expect.arrayContaining(accented.topics.map((topic) => topic.id)),
      );
      expect(result.aspects.length).toBeGreaterThan(1);
    }
    // Friendly staff, a long wait: the aspects disagree, which one overall score would hide.
    expect(new Set(accented.aspects.map((aspect) => aspect.sentiment)).size).toBeGreaterThan(1);
  });

  it("scores clear English and Vietnamese praise and complaints", () => {
    expect(analyzeText("The app is great, transfers are fast and easy!").sentiment).toBe("positive");
    expect(analyzeText("Terrible service, I waited two hours and nobody helped.").sentiment).toBe("negative");
    expect(analyzeText("Dịch vụ quá tệ, ko bao giờ quay lại").sentiment).toBe("negative");
    expect(analyzeText("Rất hài lòng, cảm ơn nhân viên nhiệt tình").sentiment).toBe("positive");
  });

  it("uses the language it is told to", () => {
    expect(analyzeText("ok", { language: "en" }).language).toBe("en");
  });
});
