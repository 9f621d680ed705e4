import { describe, expect, it } from "vitest";
import { surveyDefinitionSchema } from "./definition.ts";
import { exampleNpsSurvey } from "./examples.ts";
import { type PipingContext, pipeText } from "./piping.ts";

/** The example survey plus a multiple choice, a ranking and a goal completion question. */
function definition() {
  const input = exampleNpsSurvey();
  const label = (vi: string, en: string) => ({ vi, en });
  const topics = [
    { id: "price", label: label("Giá cả", "Price") },
    { id: "staff", label: label("Nhân viên", "Staff") },
    { id: "wait", label: label("Thời gian chờ", "Waiting time") },
  ];
  input.pages[2]?.questions.push(
    {
      id: "topics",
      type: "multiple_choice",
      allowOther: true,
      title: label("Chủ đề", "Topics"),
      choices: topics,
    },
    { id: "priorities", type: "ranking", title: label("Ưu tiên", "Priorities"), choices: topics },
    {
      id: "goal",
      type: "goal_completion",
      title: label("Mục đích", "Goal"),
      intentChoices: [{ id: "pay_bill", label: label("Thanh toán hoá đơn", "Pay a bill") }],
    },
  );
  return surveyDefinitionSchema.parse(input);
}

const context = (more: Partial<PipingContext> = {}): PipingContext => ({
  answers: {
    nps: 9,
    channel_used: { choice: "app" },
    topics: { choices: ["price", "wait"], other: "Wi-Fi" },
    priorities: ["staff", "price", "wait"],
    goal: { achieved: true, intent: "pay_bill" },
    reason: "Nhân viên nhiệt tình",
  },
  hidden: { order_id: "DH-1042" },
  customer: { name: "Lan", attributes: { tier: "gold" } },
  definition: definition(),
  language: "vi",
  ...more,
});

describe("pipeText", () => {
  it("fills customer attributes and hidden fields, with or without spaces in the braces", () => {
    expect(pipeText("Xin chào {{customer.name}}, đơn {{ hidden.order_id }}.", context())).toBe(
      "Xin chào Lan, đơn DH-1042.",
    );
    expect(pipeText("Hạng {{customer.attributes.tier}}", context())).toBe("Hạng gold");
  });

  it("renders a choice answer as its label in the respondent's language", () => {
    expect(pipeText("Kênh: {{answers.channel_used}}", context())).toBe("Kênh: Ứng dụng");
    expect(pipeText("Channel: {{answers.channel_used}}", context({ language: "en" }))).toBe("Channel: App");
    expect(pipeText("{{answers.channel_used}}", context({ answers: { channel_used: "hotline" } }))).toBe(
      "Tổng đài",
    );
    expect(
      pipeText("{{answers.channel_used}}", context({ answers: { channel_used: { other: "Zalo" } } })),
    ).toBe("Zalo");
  });

  it("falls back to the default language when the label lacks the respondent's", () => {
    expect(pipeText("{{answers.channel_used}}", context({ language: "fr" }))).toBe("Ứng dụng");
  });

  it("renders numbers as numbers and text as given", () => {
    expect(pipeText("Bạn cho {{answers.nps}} điểm: {{answers.reason}}", context())).toBe(
      "Bạn cho 9 điểm: Nhân viên nhiệt tình",
    );
  });

  it("joins multiple choices and rankings with commas, other text last", () => {
    expect(pipeText("{{answers.topics}}", context())).toBe("Giá cả, Thời gian chờ, Wi-Fi");
    expect(pipeText("{{answers.priorities}}", context({ language: "en" }))).toBe(
      "Staff, Price, Waiting time",
    );
  });

  it("renders a goal completion as its intent label", () => {
    expect(pipeText("{{answers.goal}}", context())).toBe("Thanh toán hoá đơn");
  });

  it("leaves unknown and missing values empty", () => {
    const text =
      "[{{customer.phone}}][{{hidden.touchpoint}}][{{answers.csat}}][{{answers.ghost}}][{{weather}}]";
    expect(pipeText(text, context())).toBe("[][][][][]");
  });

  it("never evaluates code or reaches inherited properties", () => {
    expect(
      pipeText("{{ 1 + 1 }}{{customer.constructor}}{{customer.name.length}}{{ __proto__ }}", context()),
    ).toBe("");
  });

  it("returns plain text for the renderer to escape", () => {
    expect(pipeText("{{customer.name}}", context({ customer: { name: "<b>Lan</b>" } }))).toBe("<b>Lan</b>");
  });
});

describe("piping fallbacks", () => {
  const definition = surveyDefinitionSchema.parse(exampleNpsSurvey());
  const ctx = { answers: {}, hidden: {}, customer: {}, definition, language: "vi" };

  it("uses the text after the bar when the value is missing", () => {
    expect(pipeText("Xin chào {{customer.name | quý khách}}!", ctx)).toBe("Xin chào quý khách!");
  });

  it("uses the value when there is one", () => {
    expect(pipeText("Xin chào {{customer.name | quý khách}}!", { ...ctx, customer: { name: "Lan" } })).toBe(
      "Xin chào Lan!",
    );
  });
});
