// The hosted survey page in a phone browser: a two-language survey with logic, answered in Vietnamese
// page by page with no JavaScript, then read back through the API.
import type { SurveyDefinitionInput } from "@touchpoint/core";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, screenshot } from "./browser.ts";
import { ADMIN_EMAIL, ADMIN_PASSWORD, type E2eServer, startE2eServer } from "./server.ts";

function branchVisitSurvey(): SurveyDefinitionInput {
  const npsAtLeast9 = {
    subject: { source: "answer" as const, question: "nps" },
    op: "gte" as const,
    value: 9,
  };
  return {
    title: { vi: "Trải nghiệm tại chi nhánh", en: "Your branch visit" },
    defaultLanguage: "vi",
    languages: ["vi", "en"],
    welcome: {
      title: { vi: "Chào bạn!", en: "Hello!" },
      body: { vi: "Khảo sát chỉ mất khoảng 1 phút.", en: "This survey takes about a minute." },
    },
    theme: { brandColor: "#0b7a53" },
    hiddenFields: [{ key: "touchpoint" }],
    pages: [
      {
        id: "p_score",
        questions: [
          {
            id: "nps",
            type: "nps",
            required: true,
            title: {
              vi: "Bạn có sẵn lòng giới thiệu chi nhánh cho bạn bè không?",
              en: "How likely are you to recommend our branch to a friend?",
            },
          },
        ],
        jumps: [{ when: npsAtLeast9, jumpTo: "p_more" }],
      },
      {
        id: "p_reason",
        questions: [
          {
            id: "reason",
            type: "text",
            multiline: true,
            title: { vi: "Chúng tôi cần cải thiện điều gì?", en: "What should we improve?" },
            description: { vi: "Bạn cho {{answers.nps}} điểm.", en: "You gave {{answers.nps}}." },
          },
          {
            id: "wait",
            type: "single_choice",
            allowOther: true,
            title: { vi: "Bạn chờ bao lâu?", en: "How long did you wait?" },
            choices: [
              { id: "short", label: { vi: "Dưới 10 phút", en: "Under 10 minutes" } },
              { id: "long", label: { vi: "Trên 10 phút", en: "Over 10 minutes" } },
            ],
          },
        ],
      },
      {
        id: "p_more",
        questions: [
          {
            id: "csat",
            type: "csat",
            required: true,
            title: {
              vi: "Bạn hài lòng với nhân viên ở mức nào?",
              en: "How satisfied are you with our staff?",
            },
          },
          {
            id: "contact",
            type: "consent",
            title: { vi: "Liên hệ lại", en: "Follow-up" },
            text: { vi: "Tôi đồng ý để chi nhánh liên hệ lại.", en: "You may contact me about this visit." },
          },
        ],
      },
    ],
    endings: [
      {
        id: "thanks",
        title: { vi: "Cảm ơn bạn!", en: "Thank you!" },
        body: { vi: "Chúng tôi đã ghi nhận ý kiến từ {{hidden.touchpoint}}.", en: "We got your feedback." },
      },
    ],
  };
}

describe("hosted survey page", () => {
  let server: E2eServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let api: (path: string, init?: { method?: string; body?: unknown }) => Promise<Response>;
  let survey: { id: string; slug: string };
  const requestTypes = new Set<string>();

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await launchChromium();
    context = await browser.newContext({ locale: "vi-VN", viewport: { width: 390, height: 844 } });
    page = await context.newPage();
    // The page is its document alone: no script, style sheet, font or image request.
    page.on("request", (request) => requestTypes.add(request.resourceType()));

    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const cookies = login.headers.getSetCookie().map((cookie) => cookie.split(";")[0] ?? "");
    const csrf = cookies.find((cookie) => cookie.startsWith("tp_csrf="))?.slice("tp_csrf=".length) ?? "";
    api = (path, init = {}) =>
      fetch(`${server.url}/api/v1${path}`, {
        method: init.method ?? "GET",
        headers: { cookie: cookies.join("; "), "x-csrf-token": csrf, "content-type": "application/json" },
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const noHorizontalScroll = () =>
    page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

  it("publishes a two-language survey with logic through the API", async () => {
    const created = await api("/surveys", { method: "POST", body: { definition: branchVisitSurvey() } });
    expect(created.status, await created.clone().text()).toBe(201);
    survey = (await created.json()) as { id: string; slug: string };
    const live = await api(`/surveys/${survey.id}/status`, { method: "POST", body: { status: "live" } });
    expect(live.status).toBe(200);
  });

  it("greets the respondent in Vietnamese and switches language with a link", async () => {
    const opened = await page.goto(
      `${server.url}/s/${survey.slug}?touchpoint=Chi%20nh%C3%A1nh%20Q1&channel=qr`,
    );
    expect(opened?.status()).toBe(200);
    expect(await page.getAttribute("html", "lang")).toBe("vi");
    await page.getByRole("heading", { name: "Chào bạn!" }).waitFor();
    expect(await noHorizontalScroll()).toBe(true);
    await screenshot(page, "20-hosted-welcome-vi");
    await page.getByRole("link", { name: "English" }).click();
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await page.getByRole("link", { name: "Start" }).waitFor();
    await page.getByRole("link", { name: "Tiếng Việt" }).click();
    await page.getByRole("link", { name: "Bắt đầu" }).click();
    await page.getByRole("group", { name: /giới thiệu chi nhánh/ }).waitFor();
  });

  it("shows the NPS scale in one row at phone width and explains a missing answer", async () => {
    const boxes = await page
      .locator(".scale label")
      .evaluateAll((labels) => labels.map((label) => Math.round(label.getBoundingClientRect().top)));
    expect(boxes).toHaveLength(11);
    expect(new Set(boxes).size).toBe(1);
    await screenshot(page, "21-hosted-nps-vi");
    await page.getByRole("button", { name: "Tiếp tục" }).click();
    await page.getByText("Vui lòng trả lời câu hỏi này.").waitFor();
    await screenshot(page, "22-hosted-required-error-vi");
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await noHorizontalScroll()).toBe(true);
    await page.setViewportSize({ width: 390, height: 844 });
  });

  it("asks a detractor why, then the last page, then thanks them", async () => {
    await page.locator('label[for="f-nps-4"]').click();
    expect(await page.getByRole("radio", { name: "4", exact: true }).isChecked()).toBe(true);
    await page.getByRole("button", { name: "Tiếp tục" }).click();
    await page.getByLabel("Chúng tôi cần cải thiện điều gì?").fill("Quầy giao dịch mở thêm vào giờ trưa");
    await page.getByText("Bạn cho 4 điểm.").waitFor();
    await page.getByText("Trên 10 phút").click();
    await screenshot(page, "23-hosted-reason-vi");
    await page.getByRole("button", { name: "Tiếp tục" }).click();

    await page.locator('label[for="f-csat-2"]').click();
    await page.getByText("Tôi đồng ý để chi nhánh liên hệ lại.").click();
    await screenshot(page, "24-hosted-last-page-vi");
    await page.getByRole("button", { name: "Gửi" }).click();
    await page.getByRole("heading", { name: "Cảm ơn bạn!" }).waitFor();
    await page.getByText("Chúng tôi đã ghi nhận ý kiến từ Chi nhánh Q1.").waitFor();
    await screenshot(page, "25-hosted-thank-you-vi");
    expect([...requestTypes]).toEqual(["document"]);

    // Opening the link again in the same browser shows the thank-you screen, not a new survey.
    await page.goto(`${server.url}/s/${survey.slug}`);
    await page.getByRole("heading", { name: "Cảm ơn bạn!" }).waitFor();
  });

  it("stores the response with its channel, hidden field and canonical answers", async () => {
    const listed = await api(`/surveys/${survey.id}/responses`);
    const { items } = (await listed.json()) as { items: Record<string, unknown>[] };
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      status: "completed",
      channel: "qr",
      language: "vi",
      ending: "thanks",
      hidden: { touchpoint: "Chi nhánh Q1" },
      answers: {
        nps: 4,
        reason: "Quầy giao dịch mở thêm vào giờ trưa",
        wait: { choice: "long" },
        csat: 2,
        contact: true,
      },
    });
  });
});
