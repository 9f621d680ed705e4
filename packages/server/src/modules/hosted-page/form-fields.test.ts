import { answerSchemaFor, type Question, questionSchema } from "@touchpoint/core";
import { describe, expect, it } from "vitest";
import { answerToFields, OTHER, parseForm, readAnswer } from "./form-fields.ts";

const label = { vi: "x" };
const choices = ["a", "b", "c"].map((id) => ({ id, label }));
const question = (shape: Record<string, unknown>): Question =>
  questionSchema.parse({ id: "q", title: label, ...shape });

/** Canonical answers of each type, as the answer schemas return them. */
const cases: [string, Question, unknown][] = [
  ["nps", question({ type: "nps" }), 0],
  ["rating", question({ type: "rating", points: 7 }), 7],
  ["single choice", question({ type: "single_choice", choices }), { choice: "b" }],
  ["single choice, other", question({ type: "single_choice", choices, allowOther: true }), { other: "Zalo" }],
  [
    "multiple choice",
    question({ type: "multiple_choice", choices, allowOther: true }),
    { choices: ["a", "c"], other: "d" },
  ],
  ["dropdown", question({ type: "dropdown", choices }), { choice: "c" }],
  ["matrix", question({ type: "matrix", rows: choices, columns: choices }), { a: "c", c: "a" }],
  ["ranking", question({ type: "ranking", choices }), ["b", "c", "a"]],
  ["text", question({ type: "text" }), "Tốt"],
  ["number", question({ type: "number" }), 2.5],
  ["date", question({ type: "date" }), "2026-02-28"],
  ["consent", question({ type: "consent", text: label }), true],
  [
    "goal completion",
    question({ type: "goal_completion", intentChoices: choices }),
    { achieved: false, intent: "a" },
  ],
];

describe("form fields", () => {
  it.each(cases)("show a stored %s answer and read it back unchanged", (_name, q, answer) => {
    const read = readAnswer(q, answerToFields(q, answer));
    expect(read).toEqual({ value: answer });
    expect(answerSchemaFor(q).parse(read.value)).toEqual(answer);
  });

  it("parses repeated names and Vietnamese text from a urlencoded body", () => {
    expect(parseForm("multi=a&multi=c&q=C%E1%BA%A3m+%C6%A1n")).toEqual({ multi: ["a", "c"], q: ["Cảm ơn"] });
  });

  it("reads blank fields as no answer, so that an earlier answer is cleared", () => {
    expect(readAnswer(question({ type: "text" }), { q: ["   "] })).toEqual({ value: null });
    expect(readAnswer(question({ type: "nps" }), {})).toEqual({ value: null });
  });

  it("reads a number written with a decimal comma", () => {
    expect(readAnswer(question({ type: "number" }), { q: ["2,5"] })).toEqual({ value: 2.5 });
  });

  it("flags an 'Other' chosen without its text, and two choices given the same rank", () => {
    const single = question({ type: "single_choice", choices, allowOther: true });
    expect(readAnswer(single, { q: [OTHER], "q.other": [" "] })).toEqual({ value: null, problem: "other" });
    const ranking = question({ type: "ranking", choices });
    expect(readAnswer(ranking, { "q.a": ["1"], "q.b": ["1"], "q.c": ["2"] }).problem).toBe("ranking");
    expect(readAnswer(ranking, { "q.a": ["1"] }).problem).toBe("ranking");
  });

  it("reads an unticked consent box as not agreeing", () => {
    expect(readAnswer(question({ type: "consent", text: label }), {})).toEqual({ value: false });
  });
});
