import { exampleNpsSurvey, type SurveyDefinitionInput } from "@touchpoint/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  bearer,
  createTestApp,
  json,
  publishTestSurvey,
  type SeededWorkspace,
  seedWorkspace,
  type TestApp,
} from "../../testing/test-app.ts";
import { testEngines } from "../../testing/test-database.ts";
import { TestRespondent } from "./test-respondent.ts";

interface StoredResponse {
  status: string;
  channel: string;
  language: string;
  hidden: Record<string, string>;
  answers: Record<string, unknown>;
  ending: string | null;
}

describe.each(testEngines)("hosted survey page on %s", (engine) => {
  let t: TestApp;
  let ws: SeededWorkspace;

  const publish = (definition?: SurveyDefinitionInput) => publishTestSurvey(t, ws, definition);
  const responsesOf = async (surveyId: string) =>
    json<{ items: StoredResponse[] }>(
      await t.app.inject({
        method: "GET",
        url: `/api/v1/surveys/${surveyId}/responses`,
        headers: bearer(ws.keys.analyst),
      }),
    ).items;

  beforeAll(async () => {
    t = await createTestApp(engine);
    ws = await seedWorkspace(t);
  });
  afterAll(() => t.dispose());

  it("renders Vietnamese for accept-language vi-VN and English with ?lang=en, with language links", async () => {
    const { slug } = await publish();
    const browser = new TestRespondent(t.app);
    const vi = await browser.open(`/s/${slug}`);
    expect(vi.statusCode).toBe(200);
    expect(vi.headers["content-type"]).toMatch(/^text\/html/);
    expect(vi.body).toContain('<html lang="vi">');
    expect(vi.body).toContain("Khảo sát mức độ hài lòng");
    expect(vi.body).toContain(">Bắt đầu</a>");
    expect(vi.body).toContain(`href="/s/${slug}?lang=en"`);
    const en = await browser.open(`/s/${slug}?lang=en`);
    expect(en.body).toContain('<html lang="en">');
    expect(en.body).toContain("Customer satisfaction survey");
    expect(en.body).toContain(">Start</a>");
  });

  it("sends the security headers and no script on every page", async () => {
    const { slug } = await publish();
    const page = await new TestRespondent(t.app).open(`/s/${slug}?_page=p_score`);
    expect(page.headers["content-security-policy"]).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; img-src https: data:; form-action 'self'; base-uri 'none'",
    );
    expect(page.headers["cache-control"]).toBe("no-store");
    expect(page.body).not.toContain("<script");
  });

  it("shows NPS as 11 radio buttons with its end labels, after the welcome screen's Start link", async () => {
    const { slug } = await publish();
    const browser = new TestRespondent(t.app);
    await browser.open(`/s/${slug}`);
    const start = /<a class="btn" href="([^"]+)">/.exec(browser.html)?.[1]?.replaceAll("&amp;", "&");
    expect(start).toBe(`/s/${slug}?lang=vi&_page=p_score`);
    await browser.open(start ?? "");
    expect(browser.html.match(/type="radio" class="sr" id="f-nps-\d+" name="nps"/g)).toHaveLength(11);
    expect(browser.html).toContain("<legend>Bạn có sẵn sàng giới thiệu chúng tôi cho bạn bè không?");
    expect(browser.html).toContain("Hoàn toàn không");
    expect(browser.html).toContain(">Tiếp tục</button>");
  });

  it("says continue, not submit, on a last page where an answer can still reveal a question", async () => {
    const definition = exampleNpsSurvey();
    const [score, reason] = definition.pages;
    const follow = reason?.questions[0];
    if (!score || !follow) throw new Error("the example has a score and a reason page");
    // One page: the score, then the reason shown to detractors on that same page.
    score.questions.push(follow);
    score.jumps = [];
    definition.pages = [score];
    const { slug } = await publish(definition);
    const browser = new TestRespondent(t.app);
    await browser.open(`/s/${slug}?_page=${score.id}`);
    expect(browser.html).toContain(">Tiếp tục</button>");
    await browser.answer({ nps: "3" });
    expect(browser.html).toContain("<textarea");
    expect(browser.html).toContain(">Gửi</button>");
  });

  it("takes a detractor through the reason page and stores channel, hidden fields and canonical answers", async () => {
    const survey = await publish();
    const browser = new TestRespondent(t.app);
    await browser.open(`/s/${survey.slug}?_page=p_score&channel=email&touchpoint=branch&order_id=123&utm=x`);
    const first = await browser.submit({ nps: "3" });
    expect(first.statusCode).toBe(303);
    expect(first.headers.location).toBe(`/s/${survey.slug}?lang=vi&_page=p_reason`);
    const cookie = first.cookies.find((c: { name: string }) => c.name === `tp_r_${survey.id}`) as
      | { httpOnly?: boolean; sameSite?: string; path?: string; value: string }
      | undefined;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/s/" });
    await browser.open(String(first.headers.location));
    expect(browser.html).toContain("Chúng tôi cần cải thiện điều gì?");
    expect(browser.html).toContain("<textarea");
    await browser.answer({ reason: "  Nhân viên thu ngân chậm  " });
    expect(browser.html).toContain("Bạn hài lòng với dịch vụ ở mức nào?");
    expect(browser.html).toContain(">Gửi</button>");
    await browser.answer({ csat: "4", channel_used: "__other", "channel_used.other": "Zalo" });
    expect(browser.html).toContain("Cảm ơn bạn!");
    expect(browser.html).not.toContain("<form");

    const [stored] = await responsesOf(survey.id);
    expect(stored).toMatchObject({
      status: "completed",
      channel: "email",
      language: "vi",
      ending: "thanks",
      hidden: { touchpoint: "branch", order_id: "123" },
      answers: { nps: 3, reason: "Nhân viên thu ngân chậm", csat: 4, channel_used: { other: "Zalo" } },
    });
    expect(stored?.hidden).not.toHaveProperty("utm");
  });

  it("lets a promoter jump past the reason page", async () => {
    const survey = await publish();
    const browser = new TestRespondent(t.app);
    await browser.open(`/s/${survey.slug}?_page=p_score`);
    const response = await browser.submit({ nps: "10" });
    expect(response.headers.location).toBe(`/s/${survey.slug}?lang=vi&_page=p_more`);
    await browser.open(String(response.headers.location));
    expect(browser.html).not.toContain("Chúng tôi cần cải thiện điều gì?");
    await browser.answer({ channel_used: "app" });
    const [stored] = await responsesOf(survey.id);
    expect(stored).toMatchObject({
      status: "completed",
      channel: "link",
      answers: { nps: 10, channel_used: { choice: "app" } },
    });
    expect(stored?.answers).not.toHaveProperty("reason");
  });

  it("clears the reason when a detractor goes back and becomes a promoter", async () => {
    const survey = await publish();
    const browser = new TestRespondent(t.app);
    await browser.open(`/s/${survey.slug}?_page=p_score`);
    await browser.answer({ nps: "2" });
    await browser.answer({ reason: "Chờ lâu" });
    await browser.open(`/s/${survey.slug}?_page=p_score`);
    expect(browser.html).toContain('value="2" checked');
    const again = await browser.submit({ nps: "9" });
    expect(again.headers.location).toBe(`/s/${survey.slug}?lang=vi&_page=p_more`);
    await browser.open(String(again.headers.location));
    await browser.answer({});
    const [stored] = await responsesOf(survey.id);
    expect(stored).toMatchObject({ status: "completed", answers: { nps: 9 } });
    expect(stored?.answers).not.toHaveProperty("reason");
  });

  it("resumes at the first unanswered page when the link is opened again with the cookie", async () => {
    const survey = await publish();
    const browser = new TestRespondent(t.app);
    await browser.open(`/s/${survey.slug}?_page=p_score&lang=en`);
    await browser.answer({ nps: "5" });
    const reopened = await browser.open(`/s/${survey.slug}`);
    expect(reopened.body).toContain('<html lang="en">');
    expect(reopened.body).toContain("What should we improve?");
    expect(browser.meta._page).toBe("p_reason");
    await browser.answer({ reason: "Faster replies" });
    await browser.answer({ csat: "3" });
    expect((await browser.open(`/s/${survey.slug}`)).body).toContain("Thank you!");
    expect(await responsesOf(survey.id)).toHaveLength(1);
  });

  it("ignores a tampered cookie, clears it and starts a new response", async () => {
    const survey = await publish();
    const browser = new TestRespondent(t.app);
    await browser.open(`/s/${survey.slug}?_page=p_score`);
    await browser.answer({ nps: "4" });
    const name = `tp_r_${survey.id}`;
    const [id = ""] = (browser.cookies.get(name) ?? "").split(".");
    browser.cookies.set(name, `${id}.forged-signature`);
    const page = await browser.open(`/s/${survey.slug}`);
    expect(page.body).toContain(">Bắt đầu</a>");
    expect(browser.cookies.has(name)).toBe(false);
    const later = await browser.post(`/s/${survey.slug}`, "_page=p_more&csat=5");
    expect(later.statusCode).toBe(303);
    expect(later.headers.location).toBe(`/s/${survey.slug}?lang=vi`);
    expect(await responsesOf(survey.id)).toHaveLength(1);
  });
});
