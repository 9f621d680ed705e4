import { exampleNpsSurvey, type SurveyDefinitionInput } from "@touchpoint/core";
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
import { TestRespondent } from "./test-respondent.ts";

describe.each(testEngines)("hosted survey page errors on %s", (engine) => {
  let t: TestApp;
  let ws: SeededWorkspace;

  const create = async (
    definition: SurveyDefinitionInput = exampleNpsSurvey(),
    statuses: string[] = ["live"],
  ) => {
    const created = await t.app.inject({
      method: "POST",
      url: "/api/v1/surveys",
      headers: bearer(ws.keys.analyst),
      payload: { definition },
    });
    const survey = json<{ id: string; slug: string }>(created);
    for (const status of statuses) {
      await t.app.inject({
        method: "POST",
        url: `/api/v1/surveys/${survey.id}/status`,
        headers: bearer(ws.keys.analyst),
        payload: { status },
      });
    }
    return survey;
  };
  const responseCount = async (surveyId: string) =>
    json<{ items: unknown[] }>(
      await t.app.inject({
        method: "GET",
        url: `/api/v1/surveys/${surveyId}/responses`,
        headers: bearer(ws.keys.analyst),
      }),
    ).items.length;

  beforeAll(async () => {
    t = await createTestApp(engine);
    ws = await seedWorkspace(t);
  });
  afterAll(() => t.dispose());

  it("refuses a missing required answer with 422, the error next to the field, and stores nothing", async () => {
    const survey = await create();
    const browser = new TestRespondent(t.app);
    await browser.open(`/s/${survey.slug}?_page=p_score`);
    const refused = await browser.submit({});
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('<p class="err" id="e-nps">Vui lòng trả lời câu hỏi này.</p>');
    expect(refused.body).toContain('<fieldset class="q" id="q-nps" aria-describedby="e-nps">');
    expect(refused.body).toContain('<a href="#q-nps">');
    expect(browser.cookies.size).toBe(0);
    expect(await responseCount(survey.id)).toBe(0);
  });

  it("refuses an out-of-range score with a translated message and keeps the other values", async () => {
    const survey = await create();
    const browser = new TestRespondent(t.app, { "accept-language": "en-US,en;q=0.9" });
    await browser.open(`/s/${survey.slug}?_page=p_score`);
    const refused = await browser.submit({ nps: "11" });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain("Choose a value from 0 to 10.");
    await browser.open(`/s/${survey.slug}?_page=p_score`);
    await browser.answer({ nps: "9" });
    const again = await browser.submit({ csat: "4", channel_used: "__other", "channel_used.other": " " });
    expect(again.statusCode).toBe(422);
    expect(again.body).toContain("Please specify your “Other” answer.");
    expect(again.body).toContain('name="csat" value="4" checked');
    expect(again.body).toContain('name="channel_used" value="__other" checked');
    expect(again.body).toContain(">Submit</button>");
  });

  it("shows a closed survey's page with 410, also to a respondent who posts to it", async () => {
    const survey = await create(exampleNpsSurvey(), ["live", "closed"]);
    const browser = new TestRespondent(t.app);
    const page = await browser.open(`/s/${survey.slug}`);
    expect(page.statusCode).toBe(410);
    expect(page.body).toContain("Khảo sát đã kết thúc");
    expect(page.headers["content-security-policy"]).toContain("default-src 'none'");
    const posted = await browser.post(`/s/${survey.slug}`, "_page=p_score&nps=5");
    expect(posted.statusCode).toBe(410);
    expect(posted.body).toContain("không còn nhận câu trả lời");
  });

  it("says a draft is not open (404), a paused survey is not open now (503) and an unknown link is not found", async () => {
    const draft = await create(exampleNpsSurvey(), []);
    const paused = await create(exampleNpsSurvey(), ["live", "paused"]);
    const browser = new TestRespondent(t.app, { "accept-language": "en" });
    const draftPage = await browser.open(`/s/${draft.slug}`);
    expect(draftPage.statusCode).toBe(404);
    expect(draftPage.body).toContain("This survey is not open");
    const pausedPage = await browser.open(`/s/${paused.slug}?lang=vi`);
    expect(pausedPage.statusCode).toBe(503);
    expect(pausedPage.body).toContain("Khảo sát hiện chưa mở");
    const unknown = await browser.open("/s/no-such-survey");
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers["content-type"]).toMatch(/^text\/html/);
    expect(unknown.body).toContain("Survey not found");
  });

  it("escapes survey text, piped values and query values everywhere", async () => {
    const attack = '<script>alert("x")</script>';
    const definition = exampleNpsSurvey();
    definition.title = { vi: `${attack} Khảo sát`, en: "Survey" };
    definition.welcome = {
      title: { vi: "Đơn {{hidden.order_id}}" },
      body: { vi: `"><img src=x onerror=alert(1)>` },
    };
    const [scorePage] = definition.pages;
    const [nps] = scorePage?.questions ?? [];
    if (nps) nps.title = { vi: `${attack} Điểm?` };
    const survey = await create(definition);
    const browser = new TestRespondent(t.app);
    const welcome = await browser.open(`/s/${survey.slug}?order_id=${encodeURIComponent(attack)}`);
    const page = await browser.open(`/s/${survey.slug}?_page=p_score&order_id=${encodeURIComponent(attack)}`);
    for (const body of [welcome.body, page.body]) {
      expect(body).not.toContain("<script");
      expect(body).not.toContain("<img src=x");
    }
    expect(welcome.body).toContain("Đơn &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(welcome.body).toContain("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
    expect(page.body).toContain("<legend>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Điểm?");
    expect(browser.meta["_hidden.order_id"]).toBe(attack);
    await browser.answer({ nps: "7" });
    const [stored] = json<{ items: { hidden: Record<string, string> }[] }>(
      await t.app.inject({
        method: "GET",
        url: `/api/v1/surveys/${survey.id}/responses`,
        headers: bearer(ws.keys.analyst),
      }),
    ).items;
    expect(stored?.hidden.order_id).toBe(attack);
  });

  it("answers a form that is not urlencoded with an HTML error page", async () => {
    const survey = await create();
    const response = await t.app.inject({
      method: "POST",
      url: `/s/${survey.slug}`,
      headers: { "content-type": "application/json", "accept-language": "en" },
      payload: { nps: 5 },
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers["content-type"]).toMatch(/^text\/html/);
    expect(response.body).toContain("Something went wrong");
  });
});
