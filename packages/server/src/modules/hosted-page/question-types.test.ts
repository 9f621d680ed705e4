import type { SurveyDefinitionInput } from "@touchpoint/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  bearer,
  createTestApp,
  json,
  type SeededWorkspace,
  seedWorkspace,
  type TestApp,
} from "../../testing/test-app.ts";
import { testEngines } from "../../testing/test-database.ts";
import { type Answers, TestRespondent } from "./test-respondent.ts";

const label = (vi: string) => ({ vi, en: vi });
const choices = (...ids: string[]) => ids.map((id) => ({ id, label: label(`Lựa chọn ${id}`) }));

/** One page with every question type, then a page whose second question appears for one answer to the first. */
function everyTypeSurvey(): SurveyDefinitionInput {
  return {
    title: label("Mọi loại câu hỏi"),
    defaultLanguage: "vi",
    languages: ["vi", "en"],
    pages: [
      {
        id: "p_all",
        questions: [
          { id: "stars", type: "rating", style: "stars", required: true, title: label("Sao") },
          { id: "faces", type: "rating", style: "smileys", title: label("Mặt cười") },
          { id: "ces", type: "ces", title: label("Dễ dàng?") },
          {
            id: "goal",
            type: "goal_completion",
            intentChoices: choices("pay", "ask"),
            title: label("Mục đích"),
          },
          {
            id: "single",
            type: "single_choice",
            allowOther: true,
            choices: choices("a", "b"),
            title: label("Một"),
          },
          {
            id: "multi",
            type: "multiple_choice",
            allowOther: true,
            maxSelected: 2,
            choices: choices("a", "b", "c"),
            title: label("Nhiều"),
          },
          { id: "drop", type: "dropdown", choices: choices("x", "y"), title: label("Chọn") },
          {
            id: "grid",
            type: "matrix",
            rows: choices("r1", "r2"),
            columns: choices("c1", "c2", "c3"),
            title: label("Bảng"),
          },
          { id: "rank", type: "ranking", choices: choices("a", "b", "c"), title: label("Xếp hạng") },
          { id: "short", type: "text", maxLength: 20, title: label("Ngắn") },
          { id: "count", type: "number", integer: true, min: 1, max: 10, title: label("Số") },
          { id: "day", type: "date", title: label("Ngày") },
          { id: "mail", type: "email", title: label("Email") },
          { id: "tel", type: "phone", title: label("Điện thoại") },
          { id: "agree", type: "consent", required: true, text: label("Tôi đồng ý"), title: label("Đồng ý") },
        ],
      },
      {
        id: "p_reveal",
        questions: [
          { id: "visited", type: "single_choice", choices: choices("yes", "no"), title: label("Đã ghé?") },
          {
            id: "why",
            type: "text",
            title: label("Vì sao?"),
            showIf: { subject: { source: "answer", question: "visited" }, op: "eq", value: "yes" },
          },
        ],
      },
    ],
    endings: [{ id: "done", title: label("Xong") }],
  };
}

const validAnswers: Answers = {
  stars: "4",
  faces: "2",
  ces: "6",
  "goal.intent": "pay",
  "goal.achieved": "yes",
  single: "__other",
  "single.other": "Khác nữa",
  multi: ["c", "a"],
  drop: "y",
  "grid.r1": "c1",
  "grid.r2": "c3",
  "rank.a": "2",
  "rank.b": "3",
  "rank.c": "1",
  short: "  ngắn gọn ",
  count: "7",
  day: "2026-01-31",
  mail: "an@example.com",
  tel: "0901 234 567",
  agree: "yes",
};

describe.each(testEngines)("hosted page question types on %s", (engine) => {
  let t: TestApp;
  let ws: SeededWorkspace;
  let survey: { id: string; slug: string };

  beforeAll(async () => {
    t = await createTestApp(engine);
    ws = await seedWorkspace(t);
    survey = json(
      await t.app.inject({
        method: "POST",
        url: "/api/v1/surveys",
        headers: bearer(ws.keys.analyst),
        payload: { definition: everyTypeSurvey() },
      }),
    );
    await t.app.inject({
      method: "POST",
      url: `/api/v1/surveys/${survey.id}/status`,
      headers: bearer(ws.keys.analyst),
      payload: { status: "live" },
    });
  });
  afterAll(() => t.dispose());

  it("stores every question type in canonical form and asks a question revealed on the same page", async () => {
    const browser = new TestRespondent(t.app);
    await browser.open(`/s/${survey.slug}`);
    await browser.answer(validAnswers);
    expect(browser.meta._page).toBe("p_reveal");
    expect(browser.html).not.toContain("Vì sao?");
    await browser.answer({ visited: "yes" });
    expect(browser.meta._page).toBe("p_reveal");
    expect(browser.html).toContain("Vì sao?");
    expect(browser.html).toContain('name="visited" value="yes" checked');
    await browser.answer({ visited: "yes", why: "Gần nhà" });
    expect(browser.html).toContain("Xong");
    const [stored] = json<{ items: { status: string; answers: Record<string, unknown> }[] }>(
      await t.app.inject({
        method: "GET",
        url: `/api/v1/surveys/${survey.id}/responses`,
        headers: bearer(ws.keys.analyst),
      }),
    ).items;
    expect(stored?.status).toBe("completed");
    expect(stored?.answers).toEqual({
      stars: 4,
      faces: 2,
      ces: 6,
      goal: { achieved: true, intent: "pay" },
      single: { other: "Khác nữa" },
      multi: { choices: ["a", "c"] },
      drop: { choice: "y" },
      grid: { r1: "c1", r2: "c3" },
      rank: ["c", "a", "b"],
      short: "ngắn gọn",
      count: 7,
      day: "2026-01-31",
      mail: "an@example.com",
      tel: "0901 234 567",
      agree: true,
      visited: { choice: "yes" },
      why: "Gần nhà",
    });
  });

  it("shows the stored answers again when the respondent comes back to a page", async () => {
    const browser = new TestRespondent(t.app);
    await browser.open(`/s/${survey.slug}`);
    await browser.answer(validAnswers);
    await browser.open(`/s/${survey.slug}?_page=p_all`);
    const html = browser.html;
    expect(html).toContain('name="stars" value="4" checked');
    expect(html).toContain('name="single" value="__other" checked');
    expect(html).toContain('name="single.other" value="Khác nữa"');
    expect(html).toContain('name="multi" value="c" checked');
    expect(html).toContain('<option value="y" selected>');
    expect(html).toContain('name="grid.r2" value="c3" checked');
    expect(html).toMatch(/name="rank\.c">.*?<option value="1" selected>/);
    expect(html).toMatch(/name="count"[^>]*value="7"/);
    expect(html).toContain('value="2026-01-31"');
    expect(html).toContain('name="agree" value="yes" checked');
    expect(html).toContain('name="goal.achieved" value="yes" checked');
  });

  it("explains each invalid answer in the respondent's language", async () => {
    const browser = new TestRespondent(t.app);
    await browser.open(`/s/${survey.slug}`);
    const refused = await browser.submit({
      ...validAnswers,
      multi: ["a", "b", "c"],
      "rank.a": "1",
      "rank.b": "1",
      short: "x".repeat(21),
      count: "11",
      day: "2026-13-01",
      mail: "not an email",
      tel: "12",
      agree: [],
      "goal.achieved": "",
      stars: "",
    });
    expect(refused.statusCode).toBe(422);
    const errors = [...refused.body.matchAll(/<p class="err" id="e-(\w+)">([^<]*)<\/p>/g)].map(
      ([, id, text]) => [id, text],
    );
    expect(Object.fromEntries(errors)).toEqual({
      stars: "Vui lòng trả lời câu hỏi này.",
      goal: "Cho biết bạn đã làm được việc mình cần hay chưa.",
      multi: "Chọn tối đa 2 lựa chọn.",
      rank: "Đánh số mỗi lựa chọn đúng một lần, từ 1 đến 3.",
      short: "Tối đa 20 ký tự.",
      count: "Nhập một số nguyên từ 1 đến 10.",
      day: "Nhập một ngày hợp lệ.",
      mail: "Nhập một địa chỉ email hợp lệ, ví dụ ten@example.com.",
      tel: "Nhập số điện thoại gồm 6 đến 20 chữ số.",
      agree: "Bạn cần đồng ý để tiếp tục.",
    });
    expect(refused.body).toContain('value="not an email"');
  });
});
