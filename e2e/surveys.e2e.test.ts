// Surveys in a real browser: build a two-language survey with logic and a quota, publish it, read its
// responses; and send it by email to recipients from a CSV file, received by a test mailbox.
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestMailbox } from "../packages/server/src/modules/invitations/test-mailbox.ts";
import { launchChromium, screenshot, screenshotsDir } from "./browser.ts";
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

  it("adds a quota on a hidden field, shows the server's message at its field, and keeps it after a reload", async () => {
    await page.getByTestId("hidden-field-add").click();
    await page.getByTestId("hidden-field-0-key").fill("touchpoint");
    await page.getByTestId("quotas-empty").waitFor();
    await page.getByTestId("quota-add").click();
    const quota = page.getByTestId("quota-0");
    // The survey has no choice question, so a new quota looks at the first hidden field.
    expect(await page.getByTestId("quota-0-when-question").inputValue()).toBe("hidden.touchpoint");
    await page.getByTestId("quota-0-when-value").fill("Quầy Q1");
    await page.getByTestId("quota-0-limit").fill("250");
    await page.getByTestId("quota-0-action").selectOption("screen_out");
    await page.getByTestId("quota-0-ending").waitFor();

    // The server refuses an empty name: its message appears at the name, and the alert names the quota.
    await page.getByTestId("quota-0-name").fill("");
    await page.getByTestId("survey-save").click();
    await expect.poll(() => page.getByTestId("quota-0-name").getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByTestId("survey-save-error").textContent()).toContain("Quota 1");

    await page.getByTestId("quota-0-name").fill("Quầy Q1 (khách vãng lai)");
    await page.getByTestId("survey-save").click();
    await page.getByTestId("survey-dirty").waitFor({ state: "detached" });
    await page.reload();
    await quota.waitFor();
    expect(await page.getByTestId("quota-0-name").inputValue()).toBe("Quầy Q1 (khách vãng lai)");
    expect(await page.getByTestId("quota-0-when-value").inputValue()).toBe("Quầy Q1");
    expect(await page.getByTestId("quota-0-limit").inputValue()).toBe("250");
    expect(await page.getByTestId("quota-0-action").inputValue()).toBe("screen_out");
    // Saved, the quota shows how full it is: nobody has answered yet.
    await expect.poll(() => page.getByTestId("quota-0-progress").textContent()).toBe("0 / 250 responses");
    const section = page.getByTestId("quotas-section");
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: path.join(screenshotsDir, "12b-builder-quotas-en.png") });
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

describe("email invitations from a CSV file", () => {
  let mailbox: TestMailbox;
  let server: E2eServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    mailbox = await new TestMailbox().start();
    server = await startE2eServer({ SMTP_URL: mailbox.url });
    browser = await launchChromium();
    page = await browser.newPage({ locale: "en-US", viewport: { width: 1440, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await mailbox?.stop();
  });

  /** A live survey made through the API as the signed-in owner (the session cookie plus the CSRF header). */
  async function liveSurvey(): Promise<string> {
    const csrf = (await page.context().cookies()).find((cookie) => cookie.name === "tp_csrf")?.value ?? "";
    const headers = { "X-CSRF-Token": csrf };
    const created = await page.request.post(`${server.url}/api/v1/surveys`, {
      headers,
      data: {
        definition: {
          title: { vi: "Góp ý sau khi mua hàng", en: "After your purchase" },
          defaultLanguage: "vi",
          languages: ["vi", "en"],
          pages: [
            { id: "p1", questions: [{ id: "nps", type: "nps", title: { vi: "Bạn có giới thiệu không?" } }] },
          ],
          endings: [{ id: "thanks", title: { vi: "Cảm ơn bạn!", en: "Thank you!" } }],
        },
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const live = await page.request.post(`${server.url}/api/v1/surveys/${id}/status`, {
      headers,
      data: { status: "live" },
    });
    expect(live.status(), await live.text()).toBe(200);
    return id;
  }

  it("sends the survey to the two recipients of an uploaded CSV file", async () => {
    await page.goto(server.url);
    await page.getByTestId("login-email").fill(ADMIN_EMAIL);
    await page.getByTestId("login-password").fill(ADMIN_PASSWORD);
    await page.getByTestId("login-submit").click();
    await page.getByTestId("nav-surveys").waitFor();
    const surveyId = await liveSurvey();
    await page.goto(`${server.url}/surveys/${surveyId}`);
    await page.getByTestId("tab-distribute").click();
    await page.getByTestId("invitation-batches-empty").waitFor();

    const csv = ["email,name,language", "lan@example.com,Nguyễn Thị Lan,vi", "sam@example.com,Sam,en"].join(
      "\r\n",
    );
    await page.getByTestId("invitations-csv-file").setInputFiles({
      name: "khach-hang.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(csv),
    });
    expect(await page.getByTestId("invitations-csv-chosen").textContent()).toContain("khach-hang.csv");
    await page.getByTestId("invitations-send").click();
    await page.getByTestId("invitations-result").waitFor();
    expect(await page.getByTestId("invitations-result-queued").textContent()).toBe("2");
    expect(await page.getByTestId("invitations-result-invalid").textContent()).toBe("0");

    await expect.poll(() => mailbox.messages.length, { timeout: 20_000 }).toBe(2);
    expect(mailbox.to("lan@example.com")[0]?.subject).toBe("Góp ý sau khi mua hàng");
    expect(mailbox.to("lan@example.com")[0]?.text).toContain("Nguyễn Thị Lan");
    expect(mailbox.to("sam@example.com")).toHaveLength(1);
    await expect.poll(() => page.getByTestId("invitation-batch-row").count()).toBe(1);
    await page.getByTestId("invitations-csv-upload").waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, "13b-invitations-csv-sent");
  });

  it("lists the lines of a file that the server did not send", async () => {
    const csv = ["email,name,language", "minh@example.com,Minh,vi", "not-an-email,Sam,en"].join("\n");
    await page.getByTestId("invitations-csv-file").setInputFiles({
      name: "co-loi.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(csv),
    });
    await page.getByTestId("invitations-send").click();
    // The first send's result is still shown until the answer to this one arrives.
    await expect.poll(() => page.getByTestId("invitations-result-queued").textContent()).toBe("1");
    const badLines = await page.getByTestId("invitations-bad-lines").textContent();
    expect(badLines).toContain("1 line of co-loi.csv was not sent");
    expect(badLines).toContain("Line 3: email:");
    expect(badLines).toContain("not-an-email,Sam,en");
    await page
      .locator("section[aria-labelledby=email-invitations-title]")
      .screenshot({ path: path.join(screenshotsDir, "13c-invitations-csv-lines-not-sent.png") });
  });
});
