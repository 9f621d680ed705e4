// Customer feedback in a real browser, on the demo bank's data and in Vietnamese: find a comment by words
// typed without diacritics and see its topics marked, keep only negative comments, then one touchpoint's,
// label one, add a topic to the taxonomy and watch the re-enrichment put it on that comment; at 1280 px
// and at 390 px.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, settledScreenshot } from "./browser.ts";
import { DEMO_OWNER, DEMO_PASSWORD, seedDemo } from "./demo-seed.ts";
import { type E2eServer, startE2eServer } from "./server.ts";

/** A note of the demo data, searched for as typed on a keyboard without Vietnamese input. */
const TYPED = "phi sms khong bao truoc";
const WRITTEN = "phí SMS không báo trước";

describe("customer feedback", () => {
  let server: E2eServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "tp-e2e-feedback-"));
    // The seed analyses every comment before it returns; on a busy 2-core machine that takes minutes.
    await seedDemo(dataDir);
    server = await startE2eServer({ TOUCHPOINT_DATA_DIR: dataDir });
    browser = await launchChromium();
    page = await browser.newPage({ locale: "vi-VN", viewport: { width: 1280, height: 900 } });
  }, 420_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const shoot = (name: string) => settledScreenshot(page, name);

  const cards = () => page.getByTestId("comment-card");
  const firstCard = () => cards().first();
  const param = (key: string) => new URL(page.url()).searchParams.get(key);

  async function choose(testId: string, option: string, within = page.locator("body")) {
    await within.getByTestId(testId).click();
    await page.getByRole("option", { name: option, exact: true }).click();
  }

  it("opens Customer feedback in Vietnamese from the navigation", async () => {
    await page.goto(server.url);
    await page.getByTestId("login-email").fill(DEMO_OWNER);
    await page.getByTestId("login-password").fill(DEMO_PASSWORD);
    await page.getByTestId("login-submit").click();
    await expect.poll(() => page.getAttribute("html", "lang")).toBe("vi");
    await page.getByTestId("nav-feedback").first().click();
    await expect.poll(() => page.getByTestId("page-title").textContent()).toBe("Góp ý khách hàng");
    await expect.poll(() => cards().count()).toBe(30);
    expect(await page.getByTestId("aspect-highlight").count()).toBeGreaterThan(0);
    await shoot("70-feedback-comments-vi");
  });

  it("finds a comment by words typed without diacritics and marks its topics", async () => {
    await page.getByTestId("feedback-search").fill(TYPED);
    await expect.poll(() => param("q")).toBe(TYPED);
    await expect
      .poll(async () => (await firstCard().getByTestId("comment-text").textContent()) ?? "")
      .toContain(WRITTEN);
    const texts = await page.getByTestId("comment-text").allTextContents();
    expect(texts.every((text) => text.includes(WRITTEN))).toBe(true);
    // The words searched for are marked as written, with their diacritics.
    expect(await firstCard().getByTestId("search-match").allTextContents()).toEqual([WRITTEN]);
    const marked = await firstCard().getByTestId("aspect-highlight").allTextContents();
    expect(marked.some((text) => text.includes("phí SMS"))).toBe(true);
    // The label beside a mark says its topic and sentiment in words, not only in colour.
    const labels = await firstCard().getByTestId("aspect-label").allTextContents();
    expect(labels.some((label) => /Giá và phí.*: tiêu cực$/.test(label))).toBe(true);
    await shoot("71-feedback-search-without-diacritics-vi");
  });

  it("keeps only negative comments, with the filter in the URL", async () => {
    await page.getByTestId("feedback-search").fill("");
    await expect.poll(() => param("q")).toBeNull();
    await choose("feedback-filter-sentiment", "Tiêu cực");
    await expect.poll(() => param("sentiment")).toBe("negative");
    await expect
      .poll(
        async () =>
          new Set(
            await page
              .getByTestId("comment-sentiment")
              .evaluateAll((badges) => badges.map((badge) => badge.getAttribute("data-sentiment"))),
          ),
      )
      .toEqual(new Set(["negative"]));
    await page.reload();
    await expect.poll(() => cards().count(), { timeout: 15_000 }).toBe(30);
    expect(await page.getByTestId("feedback-filter-sentiment").inputValue()).toBe("Tiêu cực");
  });

  it("narrows the negative comments to one touchpoint, shown on every card", async () => {
    // quay-giao-dich: the demo bank's branch counter, the touchpoint with the most comments.
    await choose("feedback-filter-touchpoint", "quay-giao-dich");
    await expect.poll(() => param("touchpoint")).toBe("quay-giao-dich");
    expect(param("sentiment")).toBe("negative");
    await expect
      .poll(async () => {
        const sources = await page.getByTestId("comment-source").allTextContents();
        return sources.length > 0 && sources.every((source) => source.endsWith("Điểm chạm: quay-giao-dich"));
      })
      .toBe(true);
    await shoot("71b-feedback-touchpoint-vi");
    const url = new URL(page.url());
    url.searchParams.delete("touchpoint");
    await page.goto(url.toString());
    await expect.poll(() => cards().count(), { timeout: 15_000 }).toBe(30);
  });

  it("labels a comment, counts the label and keeps it after a reload", async () => {
    const card = firstCard();
    const id = await card.getAttribute("data-comment-id");
    await choose("label-sentiment", "Tích cực", card);
    await choose("label-topic", "Thái độ nhân viên", card);
    await expect.poll(() => page.getByTestId("labels-summary-positive").textContent()).toContain("1");
    await expect
      .poll(() => page.getByTestId("labels-summary-topic").allTextContents())
      .toEqual(["Thái độ nhân viên · 1"]);
    await shoot("72-feedback-labelled-vi");
    await page.reload();
    const again = page.locator(`[data-testid="comment-card"][data-comment-id="${id}"]`);
    await expect.poll(() => again.getByTestId("label-sentiment").inputValue()).toBe("Tích cực");
  });

  it("adds a topic to the taxonomy, waits for the re-enrichment and sees the topic on a comment", async () => {
    await page.getByTestId("feedback-tab-taxonomy").click();
    await page.getByTestId("taxonomy-table").waitFor();
    await page.getByTestId("topic-add").click();
    await page.getByTestId("topic-label-vi").fill("Tin nhắn SMS");
    await page.getByTestId("topic-label-en").fill("SMS messages");
    expect(await page.getByTestId("topic-id").inputValue()).toBe("sms-messages");
    await page.getByTestId("topic-keywords-vi").fill("tin nhắn\nsms");
    await page.getByTestId("topic-keywords-en").fill("sms\ntext message");
    await shoot("73-feedback-new-topic-vi");
    await page.getByTestId("topic-save").click();
    await page.locator('[data-testid="taxonomy-row"][data-topic="sms-messages"]').waitFor();
    await expect
      .poll(() => page.getByTestId("reenrichment").getAttribute("data-status"), { timeout: 120_000 })
      .toBe("done");
    await shoot("74-feedback-taxonomy-vi");

    await page.getByTestId("feedback-tab-comments").click();
    await page.getByTestId("feedback-search").fill(TYPED);
    await expect.poll(() => param("q")).toBe(TYPED);
    await expect
      .poll(async () => (await firstCard().getByTestId("aspect-label").allTextContents()).join(" | "))
      .toContain("Tin nhắn SMS");
    await shoot("75-feedback-new-topic-on-comment-vi");
  });

  it("stays readable on a 390 px phone", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await expect.poll(() => cards().count()).toBeGreaterThan(0);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await shoot("76-feedback-comments-phone-vi");
    await page.getByTestId("feedback-tab-trends").click();
    await page.getByTestId("topic-trends").waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await shoot("77-feedback-trends-phone-vi");
  });
});
