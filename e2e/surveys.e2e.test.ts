// Surveys in a real browser: build a two-language survey with logic, publish it, and read its responses.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, screenshot } from "./browser.ts";
import { ADMIN_EMAIL, ADMIN_PASSWORD, type E2eServer, startE2eServer } from "./server.ts";

describe("surveys", () => {
  let server: E2eServer;
  let browser: Browser;
  let page: Page;
  let surveyId = "";

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await launchChromium();
    page = await browser.newPage({ locale: "en-US", viewport: { width: 1440, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Submits a response as the signed-in owner: the session cookie plus the CSRF header. */
  async function submitResponse(body: Record<string, unknown>) {
    const csrf = (await page.context().cookies()).find((cookie) => cookie.name === "tp_csrf")?.value ?? "";
    const response = await page.request.post(`${server.url}/api/v1/surveys/${surveyId}/responses`, {
      headers: { "X-CSRF-Token": csrf },
      data: body,
    });
    expect(response.status(), await response.text()).toBe(201);
  }

  /** A screenshot from the top of the page, once transitions (a drawer sliding in) have finished. */
  async function shoot(name: string) {
    await page.evaluate(() => window.scrollTo(0, 0));
    const running = () =>
      page.evaluate(
        () => document.getAnimations().filter((animation) => animation.playState === "running").length,
      );
    await expect.poll(running).toBe(0);
    await screenshot(page, name);
  }

  it("explains what a survey is when there are none", async () => {
    await page.goto(server.url);
    await page.getByTestId("login-email").fill(ADMIN_EMAIL);
    await page.getByTestId("login-password").fill(ADMIN_PASSWORD);
    await page.getByTestId("login-submit").click();
    await page.getByTestId("nav-surveys").click();
    await page.getByTestId("surveys-empty").waitFor();
    expect(await page.getByTestId("page-title").textContent()).toBe("Surveys");
    await shoot("10-surveys-empty");
  });

  it("builds an NPS and a text question in Vietnamese and English, shown only to detractors", async () => {
    await page.getByTestId("survey-new").first().click();
    await page.getByTestId("survey-new-blank").click();
    await page.getByTestId("tab-build").waitFor();
    surveyId = /\/surveys\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? "";
    expect(surveyId).not.toBe("");

    await page.getByTestId("survey-title-input-vi").fill("Khảo sát sau khi giao dịch tại quầy");
    await page.getByTestId("survey-title-input-en").fill("After your visit to our branch");
    await page
      .getByTestId("question-0-title-vi")
      .fill("Bạn có sẵn lòng giới thiệu chi nhánh cho bạn bè không?");
    await page
      .getByTestId("question-0-title-en")
      .fill("How likely are you to recommend our branch to a friend?");

    await page.getByTestId("question-type-select").selectOption("text");
    await page.getByTestId("question-add").click();
    await page.getByTestId("question-1-title-vi").fill("Chúng tôi cần cải thiện điều gì?");
    await page.getByTestId("question-1-title-en").fill("What should we improve?");
    await page.getByTestId("question-1-logic-toggle").check({ force: true });
    expect(await page.getByTestId("question-1-logic-question").inputValue()).toBe("nps");
    await page.getByTestId("question-1-logic-op").selectOption("lte");
    await page.getByTestId("question-1-logic-value").fill("6");

    // The preview applies the logic: the follow-up appears only after a detractor's score.
    const preview = page.getByTestId("preview-frame");
    await expect.poll(() => preview.getByTestId("preview-question").count()).toBe(1);
    await preview.getByRole("button", { name: "3", exact: true }).click();
    await expect.poll(() => preview.getByTestId("preview-question").count()).toBe(2);
    await shoot("11-builder-logic-en");

    await page.getByTestId("survey-save").click();
    await page.getByTestId("survey-dirty").waitFor({ state: "detached" });
    await page.getByTestId("preview-language").click();
    await page.getByRole("option", { name: "Vietnamese (vi)", exact: true }).click();
    await expect.poll(() => preview.textContent()).toContain("Chúng tôi cần cải thiện điều gì?");
    await shoot("12-builder-preview-vi");
  });

  it("publishes the survey and shows its public link", async () => {
    await page.getByTestId("survey-publish").click();
    await page.getByTestId("confirm-action").click();
    await expect.poll(() => page.getByTestId("survey-status").getAttribute("data-status")).toBe("live");
    await page.getByTestId("tab-distribute").click();
    const link = (await page.getByTestId("survey-link").textContent()) ?? "";
    expect(link).toMatch(new RegExp(`^${server.url}/s/[a-z0-9-]+$`));
    const qrHref = (await page.getByTestId("survey-qr-svg").getAttribute("href")) ?? "";
    const qr = await page.request.get(`${server.url}${qrHref}`);
    expect(qr.headers()["content-type"]).toContain("image/svg+xml");
    expect(await qr.text()).toContain("<svg");
    await shoot("13-distribute");
  });

  it("checks pasted email recipients and explains that sending needs SMTP", async () => {
    await page.getByTestId("invitation-batches-empty").waitFor();
    await page
      .getByTestId("invitations-recipients")
      .fill("lan@example.com, Lan, vi\nnot-an-email, Sam\nsam@example.com, Sam, en");
    expect(await page.getByTestId("invitations-bad-lines").textContent()).toContain(
      "Line 2: no valid email address",
    );
    await page.getByTestId("invitations-send").click();
    const problem = page.getByTestId("invitations-smtp-missing");
    await problem.waitFor();
    expect(await problem.textContent()).toContain("Email sending is not set up");
    expect(await page.getByTestId("invitations-result").count()).toBe(0);
  });

  it("lists responses submitted through the API and shows one in full", async () => {
    await submitResponse({
      answers: { nps: 3, text: "Quầy thu ngân đông quá, phải chờ lâu." },
      language: "vi",
      channel: "email",
    });
    await submitResponse({ answers: { nps: 10 }, language: "en", channel: "web" });

    await page.getByTestId("tab-responses").click();
    await expect.poll(() => page.getByTestId("responses-row").count()).toBe(2);
    await shoot("14-responses");

    // Newest first: the detractor's response is the second row.
    await page.getByTestId("responses-row").nth(1).click();
    const detail = page.getByTestId("response-detail");
    await detail.waitFor();
    const text = await detail.textContent();
    expect(text).toContain("What should we improve?");
    expect(text).toContain("Quầy thu ngân đông quá, phải chờ lâu.");
    expect(text).toContain("3 · detractor");
    await shoot("15-response-detail");
  });

  it("speaks Vietnamese throughout", async () => {
    await page.keyboard.press("Escape");
    await page.getByTestId("response-detail").waitFor({ state: "detached" });
    await page.getByTestId("lang-vi").first().click();
    await expect.poll(() => page.getByTestId("tab-responses").textContent()).toContain("Phản hồi");
    await shoot("16-responses-vi");
    await page.getByTestId("tab-build").click();
    await page.getByTestId("survey-version-notice").waitFor();
    await shoot("17-builder-vi");
    await page.getByTestId("nav-surveys").click();
    // The list may show its cached row first; it is refetched after the status change.
    await expect.poll(() => page.getByTestId("survey-row").getAttribute("data-status")).toBe("live");
    await shoot("18-surveys-list-vi");
  });

  it("imports a SurveyJS file as a draft and opens it", async () => {
    await page.getByTestId("nav-surveys").click();
    await page.getByTestId("survey-new").click();
    const surveyJs = {
      title: "Góp ý cửa hàng",
      pages: [
        {
          name: "p1",
          elements: [{ type: "rating", name: "nps", title: "Giới thiệu?", rateMin: 0, rateMax: 10 }],
        },
      ],
    };
    await page.getByTestId("survey-import-file").setInputFiles({
      name: "cua-hang.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(surveyJs)),
    });
    await expect.poll(() => page.url()).toMatch(/\/surveys\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByTestId("survey-status").getAttribute("data-status")).toBe("draft");
    await shoot("19-survey-imported");
  });
});
