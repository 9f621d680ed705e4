// Saved dashboards in a real browser, on the demo bank's data and in Vietnamese: the default CX dashboard
// opened from /dashboards with every widget kind in Vietnamese formats and tooltips giving n, at 1280 px and
// 390 px; a response posted through the API raising a KPI's n without a reload (server-sent events); adding
// a widget that survives a reload; a stale save refused with the conflict message; and the list's actions:
// create with a team, filter by team, copy link, duplicate, delete (asking first; never the default).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Dashboard } from "@touchpoint/core";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, settledScreenshot } from "./browser.ts";
import { DEMO_OWNER, DEMO_PASSWORD, seedDemo } from "./demo-seed.ts";
import { type E2eServer, startE2eServer } from "./server.ts";

/** NPS as Vietnamese writes it: a decimal comma, at most one decimal. */
const VI_NPS = /^[−-]?\d{1,3}(,\d)?$/;
const KINDS = ["kpi", "trend", "breakdown", "heatmap", "drivers", "distribution", "comments"];

describe("saved dashboards", () => {
  let server: E2eServer;
  let browser: Browser;
  let page: Page;
  let dashboardId = "";

  beforeAll(async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "tp-e2e-dashboards-"));
    await seedDemo(dataDir);
    server = await startE2eServer({ TOUCHPOINT_DATA_DIR: dataDir });
    browser = await launchChromium();
    page = await browser.newPage({ locale: "vi-VN", viewport: { width: 1280, height: 900 } });
  }, 900_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const widget = (id: string) => page.locator(`[data-testid="widget"][data-widget="${id}"]`);
  const kind = (name: string) => page.locator(`[data-testid="widget"][data-kind="${name}"]`).first();
  const csrf = async () =>
    (await page.context().cookies()).find((cookie) => cookie.name === "tp_csrf")?.value ?? "";
  const readDashboard = async () =>
    (await (
      await page.request.get(`${server.url}/api/v1/analytics/dashboards/${dashboardId}`)
    ).json()) as Dashboard;
  /** The n the NPS tile's interval line gives ("… · n = 1.234"). */
  const npsCount = async () => {
    const text = (await widget("kpi_nps").textContent()) ?? "";
    const match = /n = ([\d.]+)/.exec(text);
    return match?.[1] ? Number(match[1].replaceAll(".", "")) : Number.NaN;
  };

  it("opens the default CX dashboard from the list, every widget kind in Vietnamese", async () => {
    await page.goto(server.url);
    await page.getByTestId("login-email").fill(DEMO_OWNER);
    await page.getByTestId("login-password").fill(DEMO_PASSWORD);
    await page.getByTestId("login-submit").click();
    await expect.poll(() => page.getAttribute("html", "lang")).toBe("vi");
    await page.getByTestId("nav-dashboards").first().click();
    await expect.poll(() => page.getByTestId("page-title").textContent()).toBe("Bảng điều khiển");
    const first = page.getByTestId("dashboard-card").first();
    expect(await first.getAttribute("data-default")).toBe("true");
    expect(await first.getByTestId("dashboard-default").textContent()).toBe("Mặc định");
    await first.getByTestId("dashboard-open").click();
    await expect.poll(() => page.url()).toMatch(/\/dashboards\/[0-9a-f-]{36}$/);
    dashboardId = page.url().split("/").pop() ?? "";

    for (const name of KINDS) await kind(name).waitFor();
    await expect.poll(() => page.getByTestId("widget-loading").count(), { timeout: 30_000 }).toBe(0);
    expect(await page.getByTestId("widget").count()).toBeGreaterThanOrEqual(KINDS.length);
    await expect
      .poll(async () => (await widget("kpi_nps").getByTestId("kpi-value").textContent()) ?? "")
      .toMatch(VI_NPS);
    expect(await widget("kpi_csat").getByTestId("kpi-value").textContent()).toMatch(/^\d{1,3}(,\d)?%$/);
    expect(await page.getByTestId("filter-dates").textContent()).toMatch(/thg \d+/);
    expect(await kind("trend").getByTestId("nps-trend-point").count()).toBeGreaterThan(2);
    const values = await kind("breakdown").getByTestId("breakdown-value").allTextContents();
    expect(values.length).toBeGreaterThanOrEqual(3);
    const numbers = values.map((value) => Number(value.replace("−", "-").replace(",", ".")));
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    expect(await kind("heatmap").getByTestId("heatmap-row").count()).toBe(5);
    const cells = await kind("heatmap")
      .locator('[data-testid="heatmap-cell"][data-state="shown"]')
      .allTextContents();
    expect(cells.length).toBeGreaterThan(5);
    for (const cell of cells) expect(cell).toMatch(VI_NPS);
    for (const hidden of await kind("heatmap").locator('[data-state="hidden"]').allTextContents()) {
      expect(hidden).toMatch(/^ẩn \(n < \d+\)$/);
    }
    expect(await kind("drivers").getByTestId("driver-row").count()).toBeGreaterThan(2);
    expect(await kind("distribution").getByTestId("nps-bar").count()).toBe(11);
    expect(await kind("comments").getByTestId("stream-comment").count()).toBeGreaterThan(0);
    for (const badge of await kind("comments")
      .locator("[data-sentiment]")
      .evaluateAll((all) => all.map((node) => node.getAttribute("data-sentiment")))) {
      expect(badge).toBe("negative");
    }
    await settledScreenshot(page, "90-dashboards-default-vi");
  });

  it("gives n and the interval in the tooltips of the figures", async () => {
    await widget("kpi_nps").getByTestId("kpi-value").hover();
    await expect
      .poll(async () => (await page.getByRole("tooltip").textContent()) ?? "")
      .toMatch(/^n = [\d.]+ · khoảng tin cậy 95%/);
    await page.mouse.move(0, 0);
    await kind("heatmap").locator('[data-testid="heatmap-cell"][data-state="shown"]').first().hover();
    await expect
      .poll(async () => (await page.getByRole("tooltip").textContent()) ?? "")
      .toMatch(/n = [\d.]+/);
    await page.mouse.move(0, 0);
  });

  it("lays the widgets out in one column on a 390 px phone without sideways scrolling", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => page.getByTestId("dashboard-grid").getAttribute("data-layout")).toBe("column");
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    // Charts re-measure their cards through resize observers, a frame or two after the viewport changes.
    await expect.poll(overflow).toBeLessThanOrEqual(0);
    await settledScreenshot(page, "91-dashboards-default-phone-vi");
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("raises a KPI's n without a reload when a new response arrives", async () => {
    const before = await npsCount();
    expect(before).toBeGreaterThan(0);
    await page.evaluate(() => {
      (window as unknown as { stayed: boolean }).stayed = true;
    });
    const kpi = (await readDashboard()).widgets.find((item) => item.id === "kpi_nps");
    if (kpi?.kind !== "kpi" || kpi.query.source.kind !== "survey_question") throw new Error("no NPS tile");
    const posted = await page.request.post(
      `${server.url}/api/v1/surveys/${kpi.query.source.surveyId}/responses`,
      {
        headers: { "X-CSRF-Token": await csrf() },
        data: { answers: { [kpi.query.source.questionId ?? "nps"]: 10 }, channel: "app" },
      },
    );
    expect(posted.status(), await posted.text()).toBe(201);
    await expect.poll(npsCount, { timeout: 45_000 }).toBe(before + 1);
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  }, 60_000);

  it("adds a widget, saves it and finds it after a reload", async () => {
    await page.getByTestId("dashboard-edit").click();
    await page.getByTestId("edit-add-widget").click();
    await page.getByTestId("widget-form-title-vi").fill("NPS thêm mới");
    await page.getByTestId("widget-form-survey").click();
    await page.getByRole("option", { name: "Khảo sát mức độ hài lòng định kỳ", exact: true }).click();
    await page.getByTestId("widget-form-question").click();
    await page.getByRole("option").first().click();
    await expect.poll(() => page.getByTestId("widget-form-metric").inputValue()).toBe("NPS");
    await page.getByTestId("widget-form-add").click();
    await widget("kpi_1").waitFor();
    const version = Number(await page.getByTestId("saved-dashboard").getAttribute("data-version"));
    await page.getByTestId("edit-save").click();
    await expect
      .poll(() => page.getByTestId("saved-dashboard").getAttribute("data-version"))
      .toBe(String(version + 1));
    await page.reload();
    await expect
      .poll(async () => (await widget("kpi_1").getByTestId("widget-title").textContent()) ?? "")
      .toBe("NPS thêm mới");
    await expect
      .poll(async () => (await widget("kpi_1").getByTestId("kpi-value").textContent()) ?? "")
      .toMatch(VI_NPS);
  });

  it("refuses a stale save with the conflict message and reloads on request", async () => {
    const current = await readDashboard();
    const { id, isDefault, note, createdBy, createdAt, updatedAt, ...content } = current;
    const saved = await page.request.put(`${server.url}/api/v1/analytics/dashboards/${dashboardId}`, {
      headers: { "X-CSRF-Token": await csrf() },
      data: { ...content, name: "CX (đã đổi)" },
    });
    expect(saved.status(), await saved.text()).toBe(200);
    await page.getByTestId("dashboard-edit").click();
    await widget("kpi_1").getByTestId("widget-remove").click();
    await page.getByTestId("edit-save").click();
    await page.getByTestId("dashboard-conflict").waitFor();
    expect(await page.getByTestId("dashboard-conflict").textContent()).toContain(
      "Đã có người lưu bảng điều khiển này sau khi bạn mở",
    );
    await page.getByTestId("dashboard-reload").click();
    await expect.poll(() => page.getByTestId("page-title").textContent()).toBe("CX (đã đổi)");
    expect(await page.getByTestId("dashboard-conflict").count()).toBe(0);
    expect(await widget("kpi_1").count()).toBe(1);
  });

  it("creates a team's dashboard, filters the list by team, copies its link, duplicates and deletes", async () => {
    const name = "Chăm sóc khách hàng tuần";
    const team = "Phòng CSKH";
    const card = (title: string) =>
      page.getByTestId("dashboard-card").filter({ has: page.getByText(title, { exact: true }) });
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
    await page.getByTestId("nav-dashboards").first().click();
    await expect.poll(() => page.getByTestId("page-title").textContent()).toBe("Bảng điều khiển");

    await page.getByTestId("dashboards-create").click();
    await page.getByTestId("create-name").fill(name);
    await page.getByTestId("create-team").fill(team);
    await page.getByTestId("create-submit").click();
    await expect.poll(() => page.getByTestId("page-title").textContent()).toBe(name);
    const createdId = page.url().split("/").pop() ?? "";
    expect(createdId).toMatch(/^[0-9a-f-]{36}$/);

    await page.getByTestId("nav-dashboards").first().click();
    await expect.poll(() => card(name).count()).toBe(1);
    expect(await page.getByTestId("dashboard-card").count()).toBeGreaterThan(1);
    await page.getByTestId("dashboards-team").click();
    await page.getByRole("option", { name: team, exact: true }).click();
    await expect.poll(() => page.getByTestId("dashboard-card").count()).toBe(1);
    expect(await card(name).textContent()).toContain(team);

    await card(name).getByTestId("dashboard-copy-link").click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`${server.url}/dashboards/${createdId}`);

    await card(name).getByTestId("dashboard-duplicate").click();
    const copyName = `${name} (bản sao)`;
    // The copy keeps the team, so it shows under the same filter.
    await expect.poll(() => page.getByTestId("dashboard-card").count()).toBe(2);
    expect(await card(copyName).textContent()).toContain(team);

    await card(copyName).getByTestId("dashboard-delete").click();
    const dialog = page.getByRole("dialog");
    await expect.poll(async () => (await dialog.textContent()) ?? "").toContain("Xóa bảng điều khiển này?");
    expect(await dialog.textContent()).toContain(`“${copyName}”`);
    await dialog.getByTestId("confirm-action").click();
    await expect.poll(() => page.getByTestId("dashboard-card").count()).toBe(1);
    expect(await card(name).count()).toBe(1);

    // The team filter is not kept across a reload: the list shows every team again.
    await page.reload();
    await expect.poll(() => page.getByTestId("dashboard-card").count()).toBeGreaterThan(1);
    const byDefault = page.locator('[data-testid="dashboard-card"][data-default="true"]');
    expect(await byDefault.count()).toBe(1);
    expect(await byDefault.getByTestId("dashboard-duplicate").count()).toBe(1);
    expect(await byDefault.getByTestId("dashboard-delete").count()).toBe(0);
    const listed = (await (await page.request.get(`${server.url}/api/v1/analytics/dashboards`)).json()) as {
      items: { name: string }[];
    };
    expect(listed.items.map((item) => item.name)).not.toContain(copyName);
  });
});
