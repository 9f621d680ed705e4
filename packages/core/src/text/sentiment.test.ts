import { describe, expect, it } from "vitest";
import { scoreSentiment } from "./sentiment.ts";

const sentiment = (text: string, language?: "vi" | "en") => scoreSentiment(text, language).sentiment;

describe("scoreSentiment", () => {
  it("reads clear Vietnamese feedback, accented or not, and teen code", () => {
    expect(sentiment("Nhân viên rất nhiệt tình, tôi rất hài lòng")).toBe("positive");
    expect(sentiment("nhan vien rat nhiet tinh, toi rat hai long")).toBe("positive");
    expect(sentiment("Giao hàng chậm, sản phẩm kém chất lượng")).toBe("negative");
    expect(sentiment("sp te qua, ko dc nhu mo ta")).toBe("negative");
    expect(sentiment("sp dùng ok lắm nha mn 👍👍")).toBe("positive");
  });

  it("turns the polarity of a negated word", () => {
    expect(sentiment("Dịch vụ tốt")).toBe("positive");
    expect(sentiment("Dịch vụ không tốt")).toBe("negative");
    expect(sentiment("chưa hài lòng với thái độ phục vụ")).toBe("negative");
  });

  it("reads clear English feedback", () => {
    expect(sentiment("The staff were friendly and the checkout was quick, great service!")).toBe("positive");
    expect(sentiment("Waited 40 minutes on hold and nobody answered. Terrible.")).toBe("negative");
    expect(sentiment("The food was not good")).toBe("negative");
  });

  it("gives a score in [−1, 1] with the sign of the sentiment", () => {
    const positive = scoreSentiment("Tuyệt vời, rất hài lòng!");
    const negative = scoreSentiment("I hate it, worst airline ever");
    expect(positive.score).toBeGreaterThan(0.5);
    expect(positive.score).toBeLessThanOrEqual(1);
    expect(negative.score).toBeLessThan(-0.5);
    expect(negative.score).toBeGreaterThanOrEqual(-1);
  });

  it("calls empty and whitespace-only text neutral with score 0", () => {
    expect(scoreSentiment("")).toEqual({ sentiment: "neutral", score: 0 });
    expect(scoreSentiment("  \n\t ")).toEqual({ sentiment: "neutral", score: 0 });
  });

  it("uses the given language instead of detecting it", () => {
    expect(scoreSentiment("rất tốt", "vi")).toEqual(scoreSentiment("rất tốt"));
    expect(sentiment("good", "en")).toBe("positive");
  });
});
