import { describe, expect, it } from "vitest";
import { extendTaxonomy, type Taxonomy, taxonomySchema } from "./taxonomy.ts";
import { DEFAULT_TAXONOMY } from "./taxonomy-default.ts";
import { type ClauseScore, detectTopics } from "./topics.ts";
import { splitClauses } from "./topics-clauses.ts";

const topicIds = (text: string, options: Parameters<typeof detectTopics>[1] = {}) =>
  detectTopics(text, options)
    .topics.map((topic) => topic.id)
    .sort();

describe("DEFAULT_TAXONOMY", () => {
  it("is a valid taxonomy with the issue's ten topics and labels in both languages", () => {
    const taxonomy = taxonomySchema.parse(DEFAULT_TAXONOMY);
    const ids = taxonomy.topics.map((topic) => topic.id);
    for (const id of [
      "staff_attitude",
      "waiting_time",
      "price_fees",
      "product_quality",
      "app_website",
      "delivery",
      "billing",
      "communication",
      "facilities",
      "process_procedure",
    ]) {
      expect(ids).toContain(id);
    }
    for (const topic of taxonomy.topics) {
      expect(topic.keywords.vi.length).toBeGreaterThan(10);
      expect(topic.keywords.en.length).toBeGreaterThan(10);
    }
  });

  it("rejects duplicate topic ids and bad ids with their field paths", () => {
    const topic = { id: "fees", label: { vi: "Phí", en: "Fees" }, keywords: { vi: ["phí"], en: [] } };
    const duplicate = taxonomySchema.safeParse({ topics: [topic, topic] });
    expect(duplicate.error?.issues[0]?.path).toEqual(["topics", 1, "id"]);
    const bad = taxonomySchema.safeParse({ topics: [{ ...topic, id: "Phí dịch vụ" }] });
    expect(bad.error?.issues[0]?.path).toEqual(["topics", 0, "id"]);
  });
});

describe("detectTopics", () => {
  it("matches Vietnamese phrases with and without diacritics alike", () => {
    expect(topicIds("Nhân viên thái độ không tốt, chờ đợi quá lâu")).toEqual([
      "staff_attitude",
      "waiting_time",
    ]);
    expect(topicIds("nhan vien thai do khong tot, cho doi qua lau")).toEqual([
      "staff_attitude",
      "waiting_time",
    ]);
  });

  it("expands teen code before matching", () => {
    const result = detectTopics("nv ko nhiệt tình, sp thì ok");
    expect(result.aspects.find((aspect) => aspect.topic === "staff_attitude")?.keywords).toEqual([
      "nhân viên",
      "nhiệt tình",
    ]);
    expect(result.aspects.find((aspect) => aspect.topic === "product_quality")?.keywords).toEqual([
      "sản phẩm",
    ]);
  });

  it("keeps diacritics when the text has them: gia đình and tham gia are not giá", () => {
    expect(topicIds("Tôi tham gia cùng gia đình")).toEqual([]);
    expect(topicIds("Giá cả hợp lý")).toEqual(["price_fees"]);
    expect(topicIds("gia ca hop ly")).toEqual(["price_fees"]);
    expect(topicIds("Giá 60k một phần")).toEqual(["price_fees"]);
    // Without diacritics "gia" is read as giá, except in the compounds where it is not.
    expect(topicIds("gia re, toi tham gia cung gia dinh")).toEqual(["price_fees"]);
    expect(topicIds("toi tham gia cung gia dinh")).toEqual([]);
  });

  it("matches whole words only, never inside a longer word", () => {
    expect(topicIds("The feedback form was short", { language: "en" })).toEqual(["process_procedure"]);
    expect(topicIds("Great appetizers", { language: "en" })).toEqual([]);
    expect(topicIds("Fees are high and the app keeps crashing", { language: "en" })).toEqual([
      "app_website",
      "price_fees",
    ]);
  });

  it("prefers the longest phrase, so khách hàng does not leave hàng on its own", () => {
    const result = detectTopics("Chăm sóc khách hàng rất tốt");
    expect(result.aspects.map((aspect) => aspect.keywords)).toEqual([["chăm sóc khách hàng"]]);
  });

  it("finds English topics with plurals and multi-word phrases, one phrase possibly in two topics", () => {
    const result = detectTopics(
      "The waiting time was awful and they charged extra fees. The staff were polite.",
    );
    expect(result.topics.map((topic) => topic.id).sort()).toEqual([
      "billing",
      "price_fees",
      "staff_attitude",
      "waiting_time",
    ]);
    expect(result.topics.find((topic) => topic.id === "waiting_time")?.label).toBe("Waiting time");
  });

  it("ranks topics by matched words: more and longer phrases, more confidence", () => {
    const result = detectTopics("Nhân viên thân thiện, nhiệt tình. Phí cao.");
    expect(result.topics).toEqual([
      { id: "staff_attitude", label: "Thái độ nhân viên", confidence: 0.9844 },
      { id: "price_fees", label: "Giá và phí", confidence: 0.5 },
    ]);
  });

  it("returns nothing for text without topics or without words", () => {
    expect(detectTopics("Cảm ơn!")).toEqual({ topics: [], aspects: [] });
    expect(detectTopics("")).toEqual({ topics: [], aspects: [] });
  });

  it("adds a workspace's own topics and phrases to the default taxonomy", () => {
    const taxonomy: Taxonomy = extendTaxonomy(DEFAULT_TAXONOMY, [
      {
        id: "loyalty",
        label: { vi: "Điểm thưởng", en: "Loyalty points" },
        keywords: { vi: ["điểm thưởng", "tích điểm"], en: ["loyalty points", "reward points"] },
      },
      { id: "card_atm", label: { vi: "Thẻ", en: "Cards" }, keywords: { vi: ["thẻ napas"], en: [] } },
    ]);
    expect(taxonomy.topics).toHaveLength(DEFAULT_TAXONOMY.topics.length + 1);
    expect(topicIds("tich diem mai khong duoc", { taxonomy })).toEqual(["loyalty"]);
    expect(topicIds("My reward points vanished", { taxonomy, language: "en" })).toEqual(["loyalty"]);
    const cards = detectTopics("Thẻ napas bị khóa, cây atm hỏng", { taxonomy });
    expect(cards.topics).toEqual([{ id: "card_atm", label: "Thẻ", confidence: 0.9375 }]);
  });
});

describe("aspects", () => {
  // A fake sentiment model at the boundary: negative when the clause says so, positive otherwise.
  const scoreClause = (text: string): ClauseScore =>
    /lâu|tệ|cao|rude/i.test(text)
      ? { sentiment: "negative", score: -0.8 }
      : { sentiment: "positive", score: 0.7 };

  it("gives each topic its own clause and that clause's sentiment across a contrast word", () => {
    const text = "Nhân viên rất thân thiện nhưng phải chờ lâu quá";
    const { aspects } = detectTopics(text, { scoreClause });
    expect(aspects).toEqual([
      {
        topic: "staff_attitude",
        span: { start: 0, end: 24, text: "Nhân viên rất thân thiện" },
        keywords: ["nhân viên", "thân thiện"],
        sentiment: "positive",
        score: 0.7,
      },
      {
        topic: "waiting_time",
        span: { start: 31, end: 47, text: "phải chờ lâu quá" },
        keywords: ["phải chờ", "lâu quá"],
        sentiment: "negative",
        score: -0.8,
      },
    ]);
    for (const aspect of aspects)
      expect(text.slice(aspect.span.start, aspect.span.end)).toBe(aspect.span.text);
  });

  it("leaves sentiment out when no scorer is given, and scores each clause once", () => {
    let calls = 0;
    const counting = (text: string) => {
      calls++;
      return scoreClause(text);
    };
    const { aspects } = detectTopics(
      "The staff were rude and the fees too high. However, the app is great.",
      {
        scoreClause: counting,
      },
    );
    expect(calls).toBe(2);
    expect(aspects.map((aspect) => [aspect.topic, aspect.sentiment])).toEqual([
      ["staff_attitude", "negative"],
      ["price_fees", "negative"],
      ["app_website", "positive"],
    ]);
    expect(detectTopics("Phí cao").aspects[0]).not.toHaveProperty("sentiment");
  });
});

describe("splitClauses", () => {
  it("splits at punctuation and contrast words but not inside numbers", () => {
    expect(
      splitClauses("Phí 1.500.000 đồng, cao quá! Tuy nhiên app tốt; nhung giao cham").map((c) => c.text),
    ).toEqual(["Phí 1.500.000 đồng", "cao quá", "app tốt", "giao cham"]);
    expect(splitClauses("Good food but slow service. However\nnice staff").map((c) => c.text)).toEqual([
      "Good food",
      "slow service",
      "nice staff",
    ]);
  });

  it("keeps emoji with their clause and drops clauses without words", () => {
    expect(splitClauses("Giao nhanh 😍. 👍 !").map((c) => c.text)).toEqual(["Giao nhanh 😍"]);
  });
});
