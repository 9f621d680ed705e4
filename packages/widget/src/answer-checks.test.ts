import { answerSchemaFor, type Question } from "@touchpoint/core";
import { describe, expect, it } from "vitest";
import { checkAnswer, UNFINISHED } from "./answer-checks.ts";
import { messagesFor } from "./messages.ts";

const t = messagesFor("en");
const label = { en: "x" };
const choices = [
  { id: "a", label },
  { id: "b", label },
  { id: "c", label },
];

function question(type: string, extra: Record<string, unknown> = {}): Question {
  return { id: "q", type, title: label, required: false, ...extra } as Question;
}

/** Answers the widget's inputs can produce, each paired with its question. */
const cases: [Question, unknown][] = [
  [question("multiple_choice", { choices, allowOther: true, maxSelected: 2 }), { choices: ["a"] }],
  [
    question("multiple_choice", { choices, allowOther: true, maxSelected: 2 }),
    { choices: ["a", "b"], other: "z" },
  ],
  [question("multiple_choice", { choices, minSelected: 2 }), { choices: ["a"] }],
  [question("multiple_choice", { choices }), { choices: [] }],
  [question("single_choice", { choices, allowOther: true }), { other: "Zalo" }],
  [question("single_choice", { choices, allowOther: true }), { other: "" }],
  [question("goal_completion"), { achieved: false, intent: "Mở tài khoản" }],
  [question("goal_completion"), { intent: "Mở tài khoản" }],
  [question("consent", { required: true, text: label }), true],
  [question("consent", { required: true, text: label }), false],
  [question("consent", { text: label }), false],
  [question("text", { maxLength: 5, multiline: false }), "năm chữ"],
  [question("text", { maxLength: 5, multiline: false }), "  ngắn  "],
  [question("number", { min: 1, max: 10, integer: true }), 3],
  [question("number", { min: 1, max: 10, integer: true }), 3.5],
  [question("number", { min: 1, max: 10, integer: false }), 11],
  [question("number", { integer: false }), Number.NaN],
  [question("date", { min: "2025-01-01" }), "2025-06-30"],
  [question("date", { min: "2025-01-01" }), "2024-12-31"],
  [question("date"), "30/06/2025"],
  [question("email"), "lan.nguyen@example.vn"],
  [question("email"), "lan.nguyen@example"],
  [question("email"), "lan..nguyen@example.vn"],
  [question("phone"), "+84 90 123 4567"],
  [question("phone"), "12345"],
  [question("ranking", { choices }), ["c", "a", "b"]],
];

describe("answer checks in the browser", () => {
  it.each(cases)("agree with the server's schema for a %s question answered %j", (q, value) => {
    const server = answerSchemaFor(q).safeParse(value).success;
    expect(checkAnswer(q, value, t) === undefined).toBe(server);
  });

  it("asks for an answer to a required question and lets an optional one be skipped", () => {
    expect(checkAnswer(question("nps", { required: true }), undefined, t)).toBe(t.errorRequired);
    expect(checkAnswer(question("nps"), undefined, t)).toBeUndefined();
    expect(checkAnswer(question("consent", { required: true, text: label }), undefined, t)).toBe(
      t.errorConsent,
    );
  });

  it("explains an unfinished ranking or matrix", () => {
    expect(checkAnswer(question("ranking", { choices }), UNFINISHED, t)).toBe(
      "Give each option a different number from 1 to 3.",
    );
    const matrix = question("matrix", { rows: choices, columns: choices, required: true });
    expect(checkAnswer(matrix, { a: "b" }, t)).toBe(t.errorMatrix);
    expect(checkAnswer(matrix, { a: "b", b: "b", c: "a" }, t)).toBeUndefined();
  });
});
