import { describe, expect, it } from "vitest";
import { answerSchemaFor } from "./answers.ts";
import { type Question, questionSchema } from "./questions.ts";
import { answerFromCell, cellFromAnswer } from "./tabular-answers.ts";

const q = (question: Record<string, unknown>): Question =>
  questionSchema.parse({ id: "q", title: { vi: "Câu hỏi" }, ...question });
const choices = [
  { id: "branch", label: { vi: "Chi nhánh" } },
  { id: "app", label: { vi: "Ứng dụng" } },
];

describe("answers in spreadsheet cells", () => {
  it.each([
    [{ type: "nps" }, "9", 9],
    [{ type: "number" }, "3,5", 3.5],
    [{ type: "consent", text: { vi: "Tôi đồng ý" } }, "Có", true],
    [{ type: "consent", text: { vi: "Tôi đồng ý" } }, "không", false],
    [{ type: "single_choice", choices }, "app", { choice: "app" }],
    [{ type: "single_choice", choices, allowOther: true }, "Tổng đài", { other: "Tổng đài" }],
    [{ type: "multiple_choice", choices }, "branch; app", { choices: ["branch", "app"] }],
    [{ type: "ranking", choices }, "app;branch", ["app", "branch"]],
    [
      { type: "matrix", rows: choices, columns: choices },
      "branch:app;app:app",
      { branch: "app", app: "app" },
    ],
    [{ type: "goal_completion" }, "yes; mở tài khoản", { achieved: true, intent: "mở tài khoản" }],
    [{ type: "text" }, "  giữ nguyên  ", "  giữ nguyên  "],
  ])("reads %o from %j", (question, cell, expected) => {
    const parsed = answerFromCell(q(question), cell);
    expect(parsed).toEqual(expected);
    expect(answerSchemaFor(q(question)).safeParse(parsed).success).toBe(true);
  });

  it("treats an empty cell as no answer", () => {
    expect(answerFromCell(q({ type: "nps" }), "   ")).toBeUndefined();
  });

  it("passes a value that does not fit through, so validation can name the problem", () => {
    const parsed = answerFromCell(q({ type: "nps" }), "rất tốt");
    expect(parsed).toBe("rất tốt");
    expect(answerSchemaFor(q({ type: "nps" })).safeParse(parsed).success).toBe(false);
  });

  it("writes cells that read back to the same answers", () => {
    const cases: [Record<string, unknown>, unknown][] = [
      [{ type: "multiple_choice", choices }, { choices: ["branch", "app"] }],
      [{ type: "matrix", rows: choices, columns: choices }, { branch: "app" }],
      [{ type: "goal_completion" }, { achieved: false, intent: "vay" }],
      [{ type: "csat" }, 4],
    ];
    for (const [question, answer] of cases) {
      expect(answerFromCell(q(question), cellFromAnswer(answer as never))).toEqual(answer);
    }
  });
});
