// The CX dashboard in a real browser, on the demo bank's data and in Vietnamese: KPI tiles with intervals and
// changes, the weekly NPS trend, breakdowns by channel and branch, the mobile app among the top drivers of
// NPS over the last 90 days, tooltips that give n, and filters kept in the URL; at 1280 px and at 390 px.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, settledScreenshot } from "./browser.ts";
import { DEMO_OWNER, DEMO_PASSWORD, seedDemo } from "./demo-seed.ts";
import { type E2eServer, startE2eServer } from "./server.ts";

/** NPS as Vietnamese writes it: a decimal comma, at most one decimal. */
const VI_NPS = /^[−-]?\d{1,3}(,\d)?$/;

describe("CX dashboard", () => {
  let server: E2eServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "tp-e2e-dashboard-"));
    await seedDemo(dataDir);
    server = await startE2eServer({ TOUCHPOINT_DATA_DIR: dataDir });
    browser = await launchChromium();
    page = await browser.newPage({ locale: "vi-VN", viewport: { width: 1280, height: 900 } });
  }, 420_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const param = (key: string) => new URL(page.url()).searchParams.get(key);
  const kpiValue = (metric: string) =>
    page.locator(`[data-testid="kpi-tile"][data-metric="${metric}"] [data-testid="kpi-value"]`);

  it("opens the CX dashboard in Vietnamese with KPI tiles, the trend and the breakdowns", async () => {
    await page.goto(server.url);
    await page.getByTestId("login-email").fill(DEMO_OWNER);
    await page.getByTestId("login-password").fill(DEMO_PASSWORD);
    await page.getByTestId("login-submit").click();
    await expect.poll(() => page.getAttribute("html", "lang")).toBe("vi");
    await page.getByTestId("nav-dashboard").first().click();
    await expect.poll(() => page.getByTestId("page-title").textContent()).toBe("CX theo khảo sát");
    // The default survey is the first live one asking NPS: the relationship survey, not the transaction one.
    expect(await page.getByTestId("dashboard-survey").inputValue()).toBe("Khảo sát mức độ hài lòng định kỳ");

    await expect.poll(async () => (await kpiValue("nps").textContent()) ?? "").toMatch(VI_NPS);
    expect(await kpiValue("csat").textContent()).toMatch(/^\d{1,3}(,\d)?%$/);
    expect(await kpiValue("ces").textContent()).toMatch(/^\d{1,3}(,\d)?%$/);
    const deltas = await page.getByTestId("kpi-delta").allTextContents();
    expect(deltas).toHaveLength(3);
    for (const delta of deltas)
      expect(delta).toMatch(/^[↑↓=] .*(có ý nghĩa thống kê|không có ý nghĩa thống kê)$/);

    await expect.poll(() => page.getByTestId("nps-trend-point").count()).toBeGreaterThan(8);
    await expect.poll(() => page.getByTestId("breakdown-value").count()).toBeGreaterThan(5);
    // Each breakdown loads on its own: the branches' rows can outnumber 5 before the channels' arrive.
    const channels = page.getByTestId("breakdown-channel").getByTestId("breakdown-row");
    await expect.poll(() => channels.count()).toBeGreaterThanOrEqual(3);
    const branches = page.getByTestId("breakdown-hidden-branch").getByTestId("breakdown-row");
    await expect.poll(() => branches.count()).toBeGreaterThanOrEqual(3);
    // Sorted best first.
    const values = await page
      .getByTestId("breakdown-channel")
      .getByTestId("breakdown-value")
      .allTextContents();
    const numbers = values.map((value) => Number(value.replace("−", "-").replace(",", ".")));
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    expect(await page.getByTestId("nps-bar").count()).toBe(11);
    await page.getByTestId("driver-row").first().waitFor();
    await settledScreenshot(page, "80-dashboard-vi");
  });

  it("names the mobile app rating among the top drivers of NPS over the last 90 days", async () => {
    expect(param("days")).toBeNull();
    expect(await page.getByTestId("dashboard-range").textContent()).toContain("90 ngày qua");
    const titles = await page.getByTestId("driver-title").allTextContents();
    const app = titles.findIndex((title) => title.includes("ứng dụng di động"));
    expect(app).toBeGreaterThanOrEqual(0);
    expect(app).toBeLessThan(3);
    // Of the touchpoint ratings it matters most, and it is done worst of the important ones: fix it first.
    const ratings = titles.filter((title) => title.startsWith("Bạn đánh giá thế nào về"));
    expect(ratings[0]).toContain("ứng dụng di động");
    const row = page.locator('[data-testid="driver-row"][data-question="mobile_app"]');
    expect(await row.getByTestId("driver-quadrant").textContent()).toBe("Ưu tiên cải thiện");
  });

  it("shows n and the interval of a figure in its tooltip", async () => {
    await kpiValue("nps").hover();
    const tooltip = page.getByRole("tooltip");
    await expect
      .poll(async () => (await tooltip.textContent()) ?? "")
      .toMatch(/^n = [\d.]+ · khoảng tin cậy 95%/);
    await page.mouse.move(0, 0);
    await page.getByTestId("breakdown-channel").getByTestId("breakdown-value").first().hover();
    await expect.poll(async () => (await page.getByRole("tooltip").textContent()) ?? "").toMatch(/^n = \d/);
    await page.mouse.move(0, 0);
  });

  it("keeps the period and the channel in the URL", async () => {
    await page.getByTestId("dashboard-range").getByText("30 ngày qua").click();
    await expect.poll(() => param("days")).toBe("30");
    await page.getByTestId("dashboard-channel").click();
    await page.getByRole("option", { name: "Ứng dụng", exact: true }).click();
    await expect.poll(() => param("channel")).toBe("app");
    await page.reload();
    await expect.poll(async () => (await kpiValue("nps").textContent()) ?? "").toMatch(VI_NPS);
    expect(await page.getByTestId("dashboard-channel").inputValue()).toBe("Ứng dụng");
    await expect
      .poll(() =>
        page
          .getByTestId("breakdown-channel")
          .getByTestId("breakdown-row")
          .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-group"))),
      )
      .toEqual(["app"]);
    // A hidden group gives no figure at all.
    for (const hidden of await page.getByTestId("breakdown-hidden").allTextContents()) {
      expect(hidden).toBe("ẩn (n < 5)");
    }
    await settledScreenshot(page, "81-dashboard-app-30-days-vi");
  });

  it("shows a survey without NPS with its CSAT and CES and says why the NPS widgets are missing", async () => {
    await page.getByTestId("dashboard-survey").click();
    await page.getByRole("option", { name: "Khảo sát sau giao dịch", exact: true }).click();
    await expect.poll(() => param("survey")).not.toBeNull();
    await expect.poll(async () => (await kpiValue("csat").textContent()) ?? "").toMatch(/^\d{1,3}(,\d)?%$/);
    // The CSAT tile may still show the previous survey's figure for a moment; wait for the NPS tile itself.
    await expect
      .poll(
        async () => (await page.locator('[data-testid="kpi-tile"][data-metric="nps"]').textContent()) ?? "",
      )
      .toContain("Khảo sát này không hỏi chỉ số này.");
    await page.getByTestId("dashboard-no-nps").waitFor();
    expect(await page.getByTestId("nps-trend").count()).toBe(0);
  });

  it("stays readable on a 390 px phone", async () => {
    await page.goto(`${server.url}/dashboard`);
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(async () => (await kpiValue("nps").textContent()) ?? "").toMatch(VI_NPS);
    await page.getByTestId("driver-row").first().waitFor();
    await expect.poll(() => page.getByTestId("nps-trend-point").count()).toBeGreaterThan(8);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await settledScreenshot(page, "82-dashboard-phone-vi");
  });
});
