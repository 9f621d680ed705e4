import { describe, expect, it } from "vitest";
import { SurveySession } from "./survey-session.ts";
import { npsQuestion, page, surveyDefinition, textQuestion } from "./testing/survey-builders.ts";

const detractorsOnly = { subject: { source: "answer", question: "nps" }, op: "lte", value: 6 } as const;

describe("survey session", () => {
  it("sends the first page as a partial response and the last one as its completion", () => {
    const session = new SurveySession(surveyDefinition(), {});
    expect(session.start()).toMatchObject({ kind: "page", page: { id: "p_score" } });
    session.answer("nps", 4);
    const first = session.submitPage();
    expect(first).toMatchObject({ answers: { nps: 4 }, first: true, complete: false });
    expect(first.next).toMatchObject({ kind: "page", page: { id: "p_reason" } });
    session.answer("reason", "Giao hàng chậm");
    const last = session.submitPage();
    expect(last).toMatchObject({ answers: { reason: "Giao hàng chậm" }, first: false, complete: true });
    expect(last.next).toMatchObject({ kind: "ending", ending: { id: "thanks" } });
  });

  it("skips a page whose questions the logic hides", () => {
    const definition = surveyDefinition({
      pages: [
        page("p_score", [npsQuestion()]),
        page("p_reason", [textQuestion("reason", { showIf: detractorsOnly })]),
      ],
    });
    const session = new SurveySession(definition, {});
    session.start();
    expect(session.endsHere()).toBe(true);
    session.answer("nps", 3);
    expect(session.endsHere()).toBe(false);
    session.answer("nps", 10);
    expect(session.endsHere()).toBe(true);
    expect(session.submitPage()).toMatchObject({ first: true, complete: true, next: { kind: "ending" } });
  });

  it("shows and hides questions on the page as answers change, and never sends a hidden one's answer", () => {
    const definition = surveyDefinition({
      pages: [page("p_one", [npsQuestion(), textQuestion("reason", { showIf: detractorsOnly })])],
    });
    const session = new SurveySession(definition, {});
    session.start();
    expect(session.visibleQuestions().map((question) => question.id)).toEqual(["nps"]);
    session.answer("nps", 2);
    session.answer("reason", "Đắt");
    expect(session.visibleQuestions().map((question) => question.id)).toEqual(["nps", "reason"]);
    session.answer("nps", 9);
    expect(session.submitPage().answers).toEqual({ nps: 9 });
    expect(session.answers).toEqual({ nps: 9 });
  });

  it("follows a jump to an ending", () => {
    const definition = surveyDefinition({
      pages: [
        page("p_score", [npsQuestion()], {
          jumps: [
            { when: { subject: { source: "answer", question: "nps" }, op: "gte", value: 9 }, end: "fans" },
          ],
        }),
        page("p_reason", [textQuestion("reason")]),
      ],
      endings: [
        { id: "thanks", title: { vi: "Cảm ơn", en: "Thanks" } },
        { id: "fans", title: { vi: "Tuyệt vời!", en: "Great!" } },
      ],
    });
    const session = new SurveySession(definition, {});
    session.start();
    session.answer("nps", 9);
    expect(session.submitPage()).toMatchObject({ complete: true, next: { ending: { id: "fans" } } });
  });

  it("applies conditions on customer attributes", () => {
    const definition = surveyDefinition({
      pages: [
        page("p_vip", [textQuestion("vip_note")], {
          showIf: { subject: { source: "customer", attribute: "tier" }, op: "eq", value: "gold" },
        }),
        page("p_score", [npsQuestion()]),
      ],
    });
    expect(new SurveySession(definition, { tier: "gold" }).start()).toMatchObject({ page: { id: "p_vip" } });
    expect(new SurveySession(definition, {}).start()).toMatchObject({ page: { id: "p_score" } });
  });

  it("treats a cleared answer as no answer", () => {
    const session = new SurveySession(surveyDefinition(), {});
    session.start();
    session.answer("nps", 5);
    session.answer("nps", undefined);
    expect(session.submitPage().answers).toEqual({});
  });
});
