// The whole flow in one browser: a two-language survey with logic built in the builder, answered on the
// hosted page on phones (a detractor in Vietnamese, a promoter in English), then read in the dashboard.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, screenshot } from "./browser.ts";
import { ADMIN_EMAIL, ADMIN_PASSWORD, type E2eServer, startE2eServer } from "./server.ts";

const TEXTS = {
  title: { vi: "Góp ý sau khi mua sắm tại Điểm Chạm", en: "Your visit to Điểm Chạm" },
  nps: {
    vi: "Bạn có sẵn lòng giới thiệu cửa hàng cho bạn bè không?",
    en: "How likely are you to recommend our store to a friend?",
  },
  reason: { vi: "Vì sao bạn chấm điểm thấp?", en: "Why did you give a low score?" },
  // The blank survey's ending, as the builder writes it.
  thanks: { vi: "Cảm ơn bạn đã góp ý!", en: "Thank you for your feedback!" },
};
const DETRACTOR_REASON = "Nhân viên phục vụ chậm, phải chờ lâu.";

/** A phone as the hosted page meets it: touch, a narrow viewport and the browser's language. */
const phone = (locale: string, width: number, height: number) => ({
  locale,
  viewport: { width, height },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
});

describe("the whole flow: builder, hosted page on a phone, responses", () => {
  let server: E2eServer;
  let browser: Browser;
  let dashboard: Page;
  let link = "";

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await launchChromium();
    dashboard = await browser.newPage({ locale: "en-US", viewport: { width: 1440, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** A dashboard screenshot from the top of the page, once transitions (a drawer sliding in) have finished. */
  async function shoot(name: string) {
    await dashboard.evaluate(() => window.scrollTo(0, 0));
    const running = () =>
      dashboard.evaluate(
        () => document.getAnimations().filter((animation) => animation.playState === "running").length,
      );
    await expect.poll(running).toBe(0);
    await screenshot(dashboard, name);
  }

  async function openOnPhone(locale: string, width: number, height: number): Promise<Page> {
    // Closed with the browser after the tests.
    const context = await browser.newContext(phone(locale, width, height));
    const page = await context.newPage();
    const opened = await page.goto(link);
    expect(opened?.status()).toBe(200);
    return page;
  }

  const noHorizontalScroll = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

  it("builds a Vietnamese-first survey, texts side by side, with a follow-up only detractors see", async () => {
    const page = dashboard;
    await page.goto(server.url);
    await page.getByTestId("login-email").fill(ADMIN_EMAIL);
    await page.getByTestId("login-password").fill(ADMIN_PASSWORD);
    await page.getByTestId("login-submit").click();
    await page.getByTestId("nav-surveys").click();
    await page.getByTestId("survey-new").first().click();
    await page.getByTestId("survey-new-blank").click();
    await page.getByTestId("tab-build").waitFor();

    // The author works in English, so the blank survey starts English-first; respondents are Vietnamese.
    await page.getByTestId("survey-language-vi").waitFor();
    await page.getByTestId("survey-language-en").waitFor();
    await page.getByTestId("survey-default-language").selectOption("vi");
    await page.getByTestId("survey-title-input-vi").fill(TEXTS.title.vi);
    await page.getByTestId("survey-title-input-en").fill(TEXTS.title.en);
    await page.getByTestId("question-0-title-vi").fill(TEXTS.nps.vi);
    await page.getByTestId("question-0-title-en").fill(TEXTS.nps.en);

    await page.getByTestId("question-type-select").selectOption("text");
    await page.getByTestId("question-add").click();
    await page.getByTestId("question-1-title-vi").fill(TEXTS.reason.vi);
    // An untranslated text is counted on its language until it is written.
    await expect.poll(() => page.getByTestId("survey-language-en").textContent()).toMatch(/^en · /);
    await page.getByTestId("question-1-title-en").fill(TEXTS.reason.en);
    await expect.poll(() => page.getByTestId("survey-language-en").textContent()).toBe("en");

    await page.getByTestId("question-1-logic-toggle").check({ force: true });
    expect(await page.getByTestId("question-1-logic-question").inputValue()).toBe("nps");
    await page.getByTestId("question-1-logic-op").selectOption("lte");
    await page.getByTestId("question-1-logic-value").fill("6");
    await shoot("40-full-flow-builder-vi-en");

    await page.getByTestId("survey-save").click();
    await page.getByTestId("survey-dirty").waitFor({ state: "detached" });
    // What was saved is what comes back.
    await page.reload();
    await page.getByTestId("question-1-toggle").click();
    await page.getByTestId("question-1-logic-value").waitFor();
    expect(await page.getByTestId("survey-default-language").inputValue()).toBe("vi");
    expect(await page.getByTestId("question-0-title-vi").inputValue()).toBe(TEXTS.nps.vi);
    expect(await page.getByTestId("question-1-title-vi").inputValue()).toBe(TEXTS.reason.vi);
    expect(await page.getByTestId("question-1-title-en").inputValue()).toBe(TEXTS.reason.en);
    expect(await page.getByTestId("question-1-logic-op").inputValue()).toBe("lte");
    expect(await page.getByTestId("question-1-logic-value").inputValue()).toBe("6");
  });

  it("publishes the survey and gives its public link", async () => {
    const page = dashboard;
    await page.getByTestId("survey-publish").click();
    await page.getByTestId("confirm-action").click();
    await expect.poll(() => page.getByTestId("survey-status").getAttribute("data-status")).toBe("live");
    await page.getByTestId("tab-distribute").click();
    link = (await page.getByTestId("survey-link").textContent()) ?? "";
    expect(link).toMatch(new RegExp(`^${server.url}/s/[a-z0-9-]+$`));
    expect(await page.getByTestId("survey-not-live").count()).toBe(0);
    await shoot("41-full-flow-distribute-link");
  });

  it("asks a detractor on a Vietnamese phone why, and thanks them", async () => {
    const page = await openOnPhone("vi-VN", 390, 844);
    expect(await page.getAttribute("html", "lang")).toBe("vi");
    await page.getByRole("heading", { level: 1, name: TEXTS.title.vi }).waitFor();
    const nps = page.getByRole("group", { name: TEXTS.nps.vi });
    await nps.waitFor();
    const reason = page.getByLabel(TEXTS.reason.vi);
    expect(await reason.count()).toBe(0);
    expect(await page.getByText(TEXTS.nps.en).count()).toBe(0);
    expect(await noHorizontalScroll(page)).toBe(true);
    await screenshot(page, "42-full-flow-phone-nps-vi");

    await nps.getByText("3", { exact: true }).tap();
    expect(await nps.getByRole("radio", { name: "3", exact: true }).isChecked()).toBe(true);
    // The page's follow-up may still appear, so its button says "continue", not "submit".
    await page.getByRole("button", { name: "Tiếp tục" }).tap();
    // The score reveals the follow-up on the same page; the score stays chosen.
    await reason.waitFor();
    expect(await nps.getByRole("radio", { name: "3", exact: true }).isChecked()).toBe(true);
    await reason.fill(DETRACTOR_REASON);
    expect(await noHorizontalScroll(page)).toBe(true);
    await screenshot(page, "43-full-flow-phone-follow-up-vi");

    await page.getByRole("button", { name: "Gửi" }).tap();
    await page.getByRole("heading", { name: TEXTS.thanks.vi }).waitFor();
    await screenshot(page, "44-full-flow-phone-thank-you-vi");
  });

  it("does not ask a promoter on an English phone why", async () => {
    const page = await openOnPhone("en-US", 360, 740);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    const nps = page.getByRole("group", { name: TEXTS.nps.en });
    await nps.waitFor();
    await nps.getByText("9", { exact: true }).tap();
    expect(await nps.getByRole("radio", { name: "9", exact: true }).isChecked()).toBe(true);
    expect(await noHorizontalScroll(page)).toBe(true);
    await screenshot(page, "45-full-flow-phone-promoter-en");
    await page.getByRole("button", { name: "Continue" }).tap();
    // One tap ends the survey: the follow-up was never asked.
    await page.getByRole("heading", { name: TEXTS.thanks.en }).waitFor();
    expect(await page.getByLabel(TEXTS.reason.en).count()).toBe(0);
  });

  it("lists both responses and shows the detractor's Vietnamese answer exactly", async () => {
    const page = dashboard;
    await page.getByTestId("tab-responses").click();
    const rows = page.getByTestId("responses-row");
    await expect.poll(() => rows.count()).toBe(2);
    const detractor = rows.filter({ hasText: "NPS 3" });
    const promoter = rows.filter({ hasText: "NPS 9" });
    expect(await detractor.count()).toBe(1);
    expect(await promoter.count()).toBe(1);
    expect(await detractor.getByText("vi", { exact: true }).count()).toBe(1);
    expect(await promoter.getByText("en", { exact: true }).count()).toBe(1);
    expect(await detractor.textContent()).toContain("Completed");
    await shoot("46-full-flow-responses");

    await detractor.click();
    const detail = page.getByTestId("response-detail");
    await detail.waitFor();
    // The dashboard speaks English, so questions are titled in English; the answer is as it was typed.
    const answer = detail.getByTestId("response-answer").filter({ hasText: TEXTS.reason.en });
    await answer.getByText(DETRACTOR_REASON, { exact: true }).waitFor();
    const text = (await detail.textContent()) ?? "";
    expect(text).toContain("3 · detractor");
    expect(text).toContain("Vietnamese");
    await shoot("47-full-flow-response-detail");

    await page.keyboard.press("Escape");
    await detail.waitFor({ state: "detached" });
    await promoter.click();
    await detail.waitFor();
    expect(await detail.getByTestId("response-answer").count()).toBe(1);
    expect(await detail.textContent()).toContain("9 · promoter");
  });
});
