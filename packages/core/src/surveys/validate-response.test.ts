import { describe, expect, it } from "vitest";
import { type SurveyDefinitionInput, surveyDefinitionSchema } from "./definition.ts";
import { exampleNpsSurvey } from "./examples.ts";
import { type ResponseToValidate, validateResponse } from "./validate-response.ts";

/** The example survey, changed by `edit` and parsed (defaults filled in). */
function survey(edit: (input: SurveyDefinitionInput) => void = () => {}) {
  const input = exampleNpsSurvey();
  edit(input);
  return surveyDefinitionSchema.parse(input);
}
const response = (
  answers: Record<string, unknown>,
  more: Partial<ResponseToValidate> = {},
): ResponseToValidate => ({
  answers,
  hidden: {},
  complete: true,
  ...more,
});
const errorsOf = (result: ReturnType<typeof validateResponse>) => (result.ok ? [] : result.errors);

/** Adds a multiple-choice question and a consent question shown only to those who gave a reason. */
const withFollowUps = (input: SurveyDefinitionInput) => {
  input.pages[1]?.questions.push(
    {
      id: "topics",
      type: "multiple_choice",
      title: { vi: "Chủ đề", en: "Topics" },
      choices: [
        { id: "price", label: { vi: "Giá", en: "Price" } },
        { id: "staff", label: { vi: "Nhân viên", en: "Staff" } },
      ],
      maxSelected: 1,
    },
    {
      id: "callback",
      type: "consent",
      required: true,
      title: { vi: "Gọi lại?", en: "Call back?" },
      text: { vi: "Đồng ý", en: "Yes" },
      showIf: { subject: { source: "answer", question: "reason" }, op: "answered" },
    },
  );
};

describe("validateResponse", () => {
  it("returns the normalised answers in survey order with the visible questions and ending", () => {
    const result = validateResponse(
      survey(),
      response({ channel_used: "app", nps: 10, csat: 5 }, { hidden: { touchpoint: "branch" } }),
    );
    expect(result).toEqual({
      ok: true,
      answers: { nps: 10, csat: 5, channel_used: { choice: "app" } },
      visibleQuestions: ["nps", "csat", "channel_used"],
      ending: null,
    });
  });

  it("collects every problem at once, each with its path", () => {
    const result = validateResponse(
      survey(),
      response({ nps: 11, csat: "good", ghost: 1 }, { hidden: { touchpoint: "app", campaign: "x" } }),
    );
    expect(errorsOf(result)).toEqual([
      { path: "answers.ghost", message: "no question has this id" },
      { path: "answers.nps", message: "must be an integer from 0 to 10" },
      { path: "answers.csat", message: "must be an integer from 1 to 5" },
      { path: "hidden.campaign", message: "this survey has no hidden field with this key" },
    ]);
  });

  it("gives nested paths for errors inside an answer", () => {
    const result = validateResponse(
      survey(withFollowUps),
      response({ nps: 3, channel_used: { choice: "web" }, topics: ["price", "staff"] }),
    );
    expect(errorsOf(result)).toEqual([
      { path: "answers.topics.choices", message: "must choose at most 1" },
      { path: "answers.channel_used.choice", message: "must be one of the choices: branch, app, hotline" },
    ]);
  });

  it("rejects an answer to a question the logic hid", () => {
    // A promoter jumps past the reason page.
    const result = validateResponse(survey(), response({ nps: 10, reason: "Too slow" }));
    expect(errorsOf(result)).toEqual([
      { path: "answers.reason", message: "this question is not shown for these answers" },
    ]);
  });

  it("ignores empty answers, also to hidden questions", () => {
    const result = validateResponse(survey(), response({ nps: 10, reason: null, csat: "" }));
    expect(result).toMatchObject({ ok: true, answers: { nps: 10 } });
  });

  it("evaluates logic on normalised answers: a blank reason is no reason", () => {
    const result = validateResponse(
      survey(withFollowUps),
      response({ nps: 2, reason: "   ", callback: true }),
    );
    expect(errorsOf(result)).toEqual([
      { path: "answers.callback", message: "this question is not shown for these answers" },
    ]);
  });

  it("requires required visible questions on a complete response only", () => {
    const definition = survey(withFollowUps);
    expect(errorsOf(validateResponse(definition, response({})))).toEqual([
      { path: "answers.nps", message: "is required" },
    ]);
    expect(errorsOf(validateResponse(definition, response({ nps: 3, reason: "Slow" })))).toEqual([
      { path: "answers.callback", message: "is required" },
    ]);
    expect(validateResponse(definition, response({}, { complete: false }))).toMatchObject({ ok: true });
    const partial = response({ nps: 3, reason: "Slow" }, { complete: false });
    expect(validateResponse(definition, partial)).toMatchObject({ ok: true });
  });

  it("does not require a required question the logic hid", () => {
    const definition = survey((input) => {
      const reason = input.pages[1]?.questions[0];
      if (reason) reason.required = true;
    });
    expect(validateResponse(definition, response({ nps: 7 }))).toMatchObject({ ok: true });
    expect(errorsOf(validateResponse(definition, response({ nps: 5 })))).toEqual([
      { path: "answers.reason", message: "is required" },
    ]);
  });

  it("reports an invalid answer to a required question once, not also as missing", () => {
    expect(errorsOf(validateResponse(survey(), response({ nps: "ten" })))).toEqual([
      { path: "answers.nps", message: "must be an integer from 0 to 10" },
    ]);
  });

  it("returns the ending chosen by a jump", () => {
    const definition = survey((input) => {
      input.endings.push({ id: "sorry", title: { vi: "Xin lỗi", en: "Sorry" } });
      input.pages[0]?.jumps?.unshift({
        when: { subject: { source: "answer", question: "nps" }, op: "eq", value: 0 },
        end: "sorry",
      });
    });
    expect(validateResponse(definition, response({ nps: 0 }))).toMatchObject({ ok: true, ending: "sorry" });
  });
});
