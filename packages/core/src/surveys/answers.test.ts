import { describe, expect, it } from "vitest";
import { answerSchemaFor, isAnswered } from "./answers.ts";
import { type QuestionType, questionSchema } from "./questions.ts";

const question = (type: QuestionType, fields: Record<string, unknown> = {}) =>
  questionSchema.parse({ id: "q", title: { en: "Question" }, type, ...fields });
const choices = (...ids: string[]) => ids.map((id) => ({ id, label: { en: id.toUpperCase() } }));

/** The canonical value, or the issues as the API reports them (path below the question). */
function answer(type: QuestionType, value: unknown, fields: Record<string, unknown> = {}) {
  const result = answerSchemaFor(question(type, fields)).safeParse(value);
  if (result.success) return { value: result.data };
  return {
    errors: result.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })),
  };
}
const rejected = (path: string, message: string) => ({ errors: [{ path, message }] });

describe("scale answers", () => {
  it.each([
    ["nps", 0],
    ["nps", 10],
    ["csat", 1],
    ["csat", 5],
    ["ces", 7],
    ["rating", 5],
  ] as const)("accepts a %s answer of %d", (type, score) => {
    expect(answer(type, score)).toEqual({ value: score });
  });

  it.each([
    ["nps", 11, "must be an integer from 0 to 10"],
    ["nps", -1, "must be an integer from 0 to 10"],
    ["nps", 7.5, "must be an integer from 0 to 10"],
    ["nps", "9", "must be an integer from 0 to 10"],
    ["csat", 0, "must be an integer from 1 to 5"],
    ["ces", 8, "must be an integer from 1 to 7"],
    ["rating", 6, "must be an integer from 1 to 5"],
  ] as const)("rejects a %s answer of %j with the range in the message", (type, value, message) => {
    expect(answer(type, value)).toEqual(rejected("", message));
  });

  it("takes the rating's range from its number of points", () => {
    expect(answer("rating", 10, { points: 10 })).toEqual({ value: 10 });
    expect(answer("rating", 11, { points: 10 })).toEqual(rejected("", "must be an integer from 1 to 10"));
  });
});

describe("goal completion answers", () => {
  const intents = { intentChoices: choices("pay_bill", "open_account") };

  it("accepts whether the goal was achieved with an intent among the intent choices", () => {
    expect(answer("goal_completion", { achieved: true, intent: "pay_bill" }, intents)).toEqual({
      value: { achieved: true, intent: "pay_bill" },
    });
    expect(answer("goal_completion", { achieved: false }, intents)).toEqual({ value: { achieved: false } });
  });

  it("rejects an intent that is not one of the intent choices", () => {
    expect(answer("goal_completion", { achieved: true, intent: "loan" }, intents)).toEqual(
      rejected("intent", "must be one of the choices: pay_bill, open_account"),
    );
  });

  it("keeps a free-text intent trimmed, drops an empty one and refuses one over 500 characters", () => {
    expect(answer("goal_completion", { achieved: true, intent: "  Nạp tiền  " })).toEqual({
      value: { achieved: true, intent: "Nạp tiền" },
    });
    expect(answer("goal_completion", { achieved: true, intent: " " })).toEqual({ value: { achieved: true } });
    expect(answer("goal_completion", { achieved: true, intent: "x".repeat(501) })).toEqual(
      rejected("intent", "must be at most 500 characters"),
    );
  });

  it("rejects an achieved that is not a boolean, and unknown fields", () => {
    expect(answer("goal_completion", { achieved: "yes" })).toEqual(
      rejected("achieved", "must be true or false"),
    );
    expect(answer("goal_completion", { achieved: true, mood: 3 })).toEqual(
      rejected("", "unknown field: mood"),
    );
  });
});

describe("single choice and dropdown answers", () => {
  const withOther = { choices: choices("branch", "app"), allowOther: true };

  it.each(["single_choice", "dropdown"] as const)(
    "%s accepts a choice id, also as a plain string",
    (type) => {
      expect(answer(type, { choice: "app" }, withOther)).toEqual({ value: { choice: "app" } });
      expect(answer(type, "app", withOther)).toEqual({ value: { choice: "app" } });
    },
  );

  it("accepts an other answer, trimmed, when the question allows it", () => {
    expect(answer("single_choice", { other: "  Zalo " }, withOther)).toEqual({ value: { other: "Zalo" } });
    expect(answer("single_choice", { other: "  " }, withOther)).toEqual(
      rejected("other", "must not be empty"),
    );
  });

  it("rejects an other answer when the question does not allow it", () => {
    expect(answer("dropdown", { other: "Zalo" }, { choices: choices("branch") })).toEqual(
      rejected("other", 'this question does not accept an "other" answer'),
    );
  });

  it("rejects an unknown choice id with the list of choices", () => {
    expect(answer("single_choice", "web", withOther)).toEqual(
      rejected("choice", "must be one of the choices: branch, app"),
    );
    expect(answer("single_choice", 3, withOther)).toEqual(rejected("", "must be an object"));
  });
});

describe("multiple choice answers", () => {
  const options = (fields: Record<string, unknown> = {}) => ({ choices: choices("a", "b", "c"), ...fields });

  it("accepts a list of choice ids, also as a plain array, in the order of the definition", () => {
    expect(answer("multiple_choice", ["c", "a"], options())).toEqual({ value: { choices: ["a", "c"] } });
    expect(answer("multiple_choice", { choices: ["b"] }, options())).toEqual({ value: { choices: ["b"] } });
  });

  it("accepts an other answer alone or beside choices when allowed", () => {
    const allow = options({ allowOther: true });
    expect(answer("multiple_choice", { other: "Zalo" }, allow)).toEqual({
      value: { choices: [], other: "Zalo" },
    });
    expect(answer("multiple_choice", { choices: ["a"], other: " " }, allow)).toEqual({
      value: { choices: ["a"] },
    });
  });

  it("rejects unknown and repeated ids, empty selections and other answers not allowed", () => {
    expect(answer("multiple_choice", ["a", "z"], options())).toEqual(
      rejected("choices.1", "must be one of the choices: a, b, c"),
    );
    expect(answer("multiple_choice", ["a", "a"], options())).toEqual(
      rejected("choices", "must not list a choice twice"),
    );
    expect(answer("multiple_choice", { choices: [] }, options())).toEqual(
      rejected("choices", "must choose at least one"),
    );
    expect(answer("multiple_choice", { choices: ["a"], other: "x" }, options())).toEqual(
      rejected("other", 'this question does not accept an "other" answer'),
    );
  });

  it("respects the minimum and maximum number of selections, counting an other answer", () => {
    const bounded = options({ minSelected: 2, maxSelected: 2, allowOther: true });
    expect(answer("multiple_choice", ["a"], bounded)).toEqual(rejected("choices", "must choose at least 2"));
    expect(answer("multiple_choice", { choices: ["a", "b"], other: "x" }, bounded)).toEqual(
      rejected("choices", "must choose at most 2"),
    );
    expect(answer("multiple_choice", { choices: ["a"], other: "x" }, bounded)).toEqual({
      value: { choices: ["a"], other: "x" },
    });
  });
});

describe("matrix and ranking answers", () => {
  const grid = { rows: choices("speed", "staff"), columns: choices("bad", "ok", "good") };

  it("accepts a column per row and skips rows left empty", () => {
    expect(answer("matrix", { staff: "good", speed: "ok" }, grid)).toEqual({
      value: { speed: "ok", staff: "good" },
    });
    expect(answer("matrix", { speed: "ok", staff: null }, grid)).toEqual({ value: { speed: "ok" } });
  });

  it("rejects an unknown row or column with the row's path", () => {
    expect(answer("matrix", { price: "ok" }, grid)).toEqual(rejected("price", "no row has this id"));
    expect(answer("matrix", { speed: "great" }, grid)).toEqual(
      rejected("speed", "must be one of the columns: bad, ok, good"),
    );
    expect(answer("matrix", ["ok"], grid)).toEqual(rejected("", "must be an object of row id → column id"));
  });

  it("accepts a ranking that orders every choice once", () => {
    expect(answer("ranking", ["c", "a", "b"], { choices: choices("a", "b", "c") })).toEqual({
      value: ["c", "a", "b"],
    });
  });

  it("rejects a ranking with an unknown, repeated or missing choice", () => {
    const ranking = { choices: choices("a", "b", "c") };
    expect(answer("ranking", ["a", "b", "x"], ranking).errors).toEqual([
      { path: "2", message: "no choice has this id" },
      { path: "", message: "must rank every choice; missing: c" },
    ]);
    expect(answer("ranking", ["a", "a", "b", "c"], ranking)).toEqual(
      rejected("1", "must not rank a choice twice"),
    );
  });
});

describe("text, number and date answers", () => {
  it("normalises text to NFC and trims only the ends", () => {
    expect(answer("text", "  Nhân vie\u0302n   tốt \n")).toEqual({ value: "Nhân viên   tốt" });
    expect(answer("text", "   ")).toEqual({ value: "" });
  });

  it("rejects text over the maximum length instead of cutting it", () => {
    expect(answer("text", "abcdef", { maxLength: 5 })).toEqual(rejected("", "must be at most 5 characters"));
    expect(answer("text", "abcde ", { maxLength: 5 })).toEqual({ value: "abcde" });
    expect(answer("text", 42)).toEqual(rejected("", "must be text"));
  });

  it("accepts a number within its bounds and rejects one outside or not whole when integer", () => {
    const bounds = { min: 1, max: 100, integer: true };
    expect(answer("number", 42, bounds)).toEqual({ value: 42 });
    expect(answer("number", 0, bounds)).toEqual(rejected("", "must be an integer from 1 to 100"));
    expect(answer("number", 4.5, bounds)).toEqual(rejected("", "must be an integer from 1 to 100"));
    expect(answer("number", "42")).toEqual(rejected("", "must be a number"));
    expect(answer("number", -3.25, { max: 0 })).toEqual({ value: -3.25 });
  });

  it("accepts a calendar date within bounds and rejects impossible dates", () => {
    const bounds = { min: "2024-01-01", max: "2024-12-31" };
    expect(answer("date", "2024-02-29", bounds)).toEqual({ value: "2024-02-29" });
    expect(answer("date", "2023-02-29")).toEqual(rejected("", "must be a date like 2025-01-31"));
    expect(answer("date", "29/02/2024")).toEqual(rejected("", "must be a date like 2025-01-31"));
    expect(answer("date", "2025-01-01", bounds)).toEqual(
      rejected("", "must be a date like 2025-01-31 from 2024-01-01 to 2024-12-31"),
    );
  });
});

describe("contact and consent answers", () => {
  it("lower-cases and trims an email and rejects a malformed one", () => {
    expect(answer("email", "  Lan.Nguyen@Example.VN ")).toEqual({ value: "lan.nguyen@example.vn" });
    expect(answer("email", "lan@")).toEqual(rejected("", "must be an email address"));
  });

  it.each(["+84 90 123 4567", "(028) 3823.4567", "0901-234-567"])(
    "accepts the phone number %s as given",
    (phone) => {
      expect(answer("phone", ` ${phone} `)).toEqual({ value: phone });
    },
  );

  it.each(["12345", "0901 ABC 567", "+84 90 123 4567 8901 234567"])(
    "rejects the phone number %s",
    (phone) => {
      expect(answer("phone", phone)).toEqual(rejected("", "must be a phone number of 6 to 20 digits"));
    },
  );

  it("requires consent to be given when the question is required", () => {
    const text = { text: { en: "I agree" } };
    expect(answer("consent", true, { ...text, required: true })).toEqual({ value: true });
    expect(answer("consent", false, { ...text, required: true })).toEqual(rejected("", "must be accepted"));
    expect(answer("consent", false, text)).toEqual({ value: false });
    expect(answer("consent", "yes", text)).toEqual(rejected("", "must be true or false"));
  });
});

describe("isAnswered", () => {
  it.each([[null], [undefined], [""], [[]], [{}]])("treats %j as no answer", (value) => {
    expect(isAnswered(value)).toBe(false);
  });
  it.each([[0], [false], ["x"], [["a"]], [{ choice: "a" }]])("treats %j as an answer", (value) => {
    expect(isAnswered(value)).toBe(true);
  });
});
