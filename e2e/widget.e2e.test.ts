// The survey widget in a real browser, on a customer's page with hostile CSS served from another origin:
// it appears in a shadow root untouched by the page's styles, takes an NPS and a text answer page by page,
// stores them with channel "widget", and keeps answers given offline until the API can be reached again.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  allTypesDefinition,
  shopPage,
  widgetSurveyDefinition,
} from "../packages/widget/src/testing/browser-fixtures.ts";
import { launchChromium, screenshot } from "./browser.ts";
import { ADMIN_EMAIL, ADMIN_PASSWORD, type E2eServer, startE2eServer } from "./server.ts";

interface StoredResponse {
  id: string;
  status: string;
  channel: string;
  language: string;
  answers: Record<string, unknown>;
  customer: { externalId?: string; email?: string } | null;
}

describe("survey widget", () => {
  let server: E2eServer;
  let shop: Server;
  let shopOrigin = "";
  let shopUrl = "";
  let browser: Browser;
  let apiKey = "";
  let workspace = "";
  let surveyId = "";
  let allTypesId = "";
  let htmlMode: "snippet" | "config" = "snippet";

  async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
    const response = await fetch(`${server.url}/api/v1${path}`, {
      ...init,
      headers: { "content-type": "application/json", authorization: `Bearer ${apiKey}`, ...init.headers },
    });
    expect(response.ok, await response.clone().text()).toBe(true);
    return (await response.json()) as T;
  }

  const responses = () => api<{ items: StoredResponse[] }>(`/surveys/${surveyId}/responses`);

  const widget = (page: Page) => page.locator("touchpoint-widget .panel");

  /** The widget's latest decision about a survey, from Touchpoint.debug(). */
  const decisionFor = (page: Page, survey: string) =>
    page.evaluate((slug) => {
      const touchpoint = window.Touchpoint as { debug?(): { survey: string }[] } | undefined;
      return touchpoint?.debug?.().find((decision) => decision.survey === slug);
    }, survey);

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await launchChromium();
    // Log in as the owner, then work through an API key as an integration would.
    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
    });
    const me = (await login.json()) as { workspace: { slug: string }; csrfToken: string };
    workspace = me.workspace.slug;
    const cookies = login.headers
      .getSetCookie()
      .map((cookie) => cookie.split(";")[0])
      .join("; ");
    const created = await fetch(`${server.url}/api/v1/api-keys`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: cookies, "x-csrf-token": me.csrfToken },
      body: JSON.stringify({ name: "Widget e2e", role: "admin" }),
    });
    apiKey = ((await created.json()) as { key: string }).key;
    // Every test's shop page identifies the same customer; the server's contact rules are off until the
    // test about them, so each test's fresh browser is asked.
    await api("/contact-policy", { method: "PUT", body: JSON.stringify({ windowDays: 0 }) });
    const survey = await api<{ id: string }>("/surveys", {
      method: "POST",
      body: JSON.stringify({ slug: "shop-widget", definition: widgetSurveyDefinition() }),
    });
    surveyId = survey.id;
    const allTypes = await api<{ id: string }>("/surveys", {
      method: "POST",
      body: JSON.stringify({ slug: "all-types", definition: allTypesDefinition() }),
    });
    allTypesId = allTypes.id;
    for (const id of [surveyId, allTypesId]) {
      await api(`/surveys/${id}/status`, { method: "POST", body: JSON.stringify({ status: "live" }) });
    }

    shop = createServer((_request, reply) => {
      reply.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      reply.end(shopPage(server.url, workspace, htmlMode));
    });
    await new Promise<void>((resolve) => shop.listen(0, "127.0.0.1", resolve));
    shopOrigin = `http://127.0.0.1:${(shop.address() as AddressInfo).port}`;
    shopUrl = `${shopOrigin}/shop/checkout?order=1042`;
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => shop?.close(resolve));
    await server?.stop();
  });

  async function newShopper(options: Parameters<Browser["newContext"]>[0] = {}) {
    const context: BrowserContext = await browser.newContext({
      locale: "en-US",
      viewport: { width: 1280, height: 800 },
      // Screenshots without the panel's entrance animation.
      reducedMotion: "reduce",
      ...options,
    });
    return { context, page: await context.newPage() };
  }

  it("appears in a shadow root that the page's CSS cannot reach, and leaves the page's styles alone", async () => {
    const { context, page } = await newShopper();
    await page.goto(shopUrl);
    await widget(page).waitFor();
    const styles = await page.evaluate(() => {
      const root = document.querySelector("touchpoint-widget")?.shadowRoot;
      const title = root?.querySelector(".title");
      const submit = root?.querySelector("button.primary");
      const pageText = document.getElementById("page-text");
      return {
        shadow: root !== null && root !== undefined,
        title: title && getComputedStyle(title).color,
        titleSize: title && getComputedStyle(title).fontSize,
        buttonBackground: submit && getComputedStyle(submit).backgroundColor,
        buttonText: submit && getComputedStyle(submit).color,
        pageColor: pageText && getComputedStyle(pageText).color,
        pageSize: pageText && getComputedStyle(pageText).fontSize,
      };
    });
    expect(styles).toEqual({
      shadow: true,
      title: "rgb(31, 35, 40)",
      titleSize: "15px",
      buttonBackground: "rgb(11, 114, 133)",
      buttonText: "rgb(255, 255, 255)",
      pageColor: "rgb(255, 0, 0)",
      pageSize: "40px",
    });
    expect(await widget(page).getAttribute("role")).toBe("dialog");
    expect(await widget(page).textContent()).toContain("How likely are you to recommend our shop");
    await screenshot(page, "30-widget-on-hostile-page");
    await context.close();
  });

  it("takes an NPS and a text answer page by page and stores them with channel widget", async () => {
    const { context, page } = await newShopper();
    await page.goto(shopUrl);
    await widget(page).waitFor();
    // Submitting without an answer explains what is missing.
    await page.locator("touchpoint-widget button.primary").click();
    await expect
      .poll(() => page.locator("touchpoint-widget .err").textContent())
      .toBe("Please answer this question.");
    await page.locator("touchpoint-widget label[for='tp-nps-6']").click();
    expect(await page.locator("touchpoint-widget button.primary").textContent()).toBe("Next");
    await page.locator("touchpoint-widget button.primary").click();
    const reason = page.locator("touchpoint-widget textarea");
    await reason.waitFor();
    await reason.fill("Trang thanh toán tải chậm quá.");
    await screenshot(page, "31-widget-text-question");
    await page.locator("touchpoint-widget button.primary").click();
    await expect.poll(() => widget(page).textContent()).toContain("Thank you for your feedback!");
    await screenshot(page, "32-widget-thanks");

    await expect.poll(async () => (await responses()).items.length).toBe(1);
    const [stored] = (await responses()).items;
    expect(stored).toMatchObject({
      status: "completed",
      channel: "widget",
      language: "en",
      answers: { nps: 6, reason: "Trang thanh toán tải chậm quá." },
      customer: { externalId: "KH-1024", email: "lan@example.vn" },
    });
    expect(await decisionFor(page, "shop-widget")).toMatchObject({ status: "shown", reason: "completed" });

    // The same browser is not asked again within the survey's recontact window.
    await page.reload();
    await expect
      .poll(() => decisionFor(page, "shop-widget"))
      .toMatchObject({ status: "skipped", reason: "answered" });
    expect(await decisionFor(page, "all-types")).toMatchObject({ status: "skipped", reason: "url" });
    expect(await page.locator("touchpoint-widget").count()).toBe(0);
    await context.close();
  });

  it("does not ask the same customer again in another browser while the workspace's contact rule holds", async () => {
    await api("/contact-policy", { method: "PUT", body: JSON.stringify({ windowDays: 30 }) });
    const { context, page } = await newShopper();
    await page.goto(shopUrl);
    await expect
      .poll(() => decisionFor(page, "shop-widget"))
      .toMatchObject({ status: "skipped", reason: "recently_asked" });
    expect(await page.locator("touchpoint-widget").count()).toBe(0);
    await context.close();
    await api("/contact-policy", { method: "PUT", body: JSON.stringify({ windowDays: 0 }) });
  });

  it("keeps answers given offline and sends them once the API can be reached", async () => {
    htmlMode = "config";
    const { context, page } = await newShopper({ locale: "vi-VN" });
    await page.route("**/api/v1/public/surveys/**", (route) => route.abort("internetdisconnected"));
    await page.goto(shopUrl);
    await widget(page).waitFor();
    // Keyboard only: Tab to the scale, arrows to choose, Tab to the button, Enter.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    for (let i = 0; i < 4; i += 1) await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Tab");
    await expect
      .poll(() =>
        page.evaluate(
          () => document.querySelector("touchpoint-widget")?.shadowRoot?.activeElement?.textContent,
        ),
      )
      .toBe("Tiếp");
    // Focus stays in the panel: Tab from its last control goes back to its first, the close button.
    await page.keyboard.press("Tab");
    expect(
      await page.evaluate(
        () => document.querySelector("touchpoint-widget")?.shadowRoot?.activeElement?.className,
      ),
    ).toBe("close");
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Enter");
    await page.locator("touchpoint-widget textarea").fill("Nhân viên giao hàng rất nhiệt tình.");
    await page.locator("touchpoint-widget button.primary").click();
    await expect.poll(() => widget(page).textContent()).toContain("Cảm ơn bạn đã góp ý!");
    await screenshot(page, "33-widget-offline-thanks-vi");

    const queued = await page.evaluate(() => JSON.parse(localStorage.getItem("touchpoint:queue") ?? "[]"));
    expect(queued).toMatchObject([
      { survey: "shop-widget", steps: [{ kind: "create" }, { kind: "update" }] },
    ]);
    expect((await responses()).items).toHaveLength(1);

    await page.unroute("**/api/v1/public/surveys/**");
    await page.reload();
    await expect.poll(async () => (await responses()).items.length).toBe(2);
    await expect.poll(() => page.evaluate(() => localStorage.getItem("touchpoint:queue"))).toBe("[]");
    const [latest] = (await responses()).items;
    expect(latest).toMatchObject({
      status: "completed",
      channel: "widget",
      language: "vi",
      answers: { nps: 4, reason: "Nhân viên giao hàng rất nhiệt tình." },
      customer: null,
    });
    await context.close();
  });

  it("fits a phone screen, speaks Vietnamese, and closes with Escape", async () => {
    const { context, page } = await newShopper({
      locale: "vi-VN",
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    await page.goto(shopUrl);
    await widget(page).waitFor();
    const box = await widget(page).boundingBox();
    expect(box?.width).toBeGreaterThan(360);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
    expect(await page.locator("touchpoint-widget button.close").getAttribute("aria-label")).toBe("Đóng");
    await page.locator("touchpoint-widget label[for='tp-nps-9']").click();
    await screenshot(page, "34-widget-phone-vi");
    await widget(page).press("Escape");
    await expect.poll(() => page.locator("touchpoint-widget").count()).toBe(0);
    expect(await decisionFor(page, "shop-widget")).toMatchObject({ reason: "dismissed" });
    await context.close();
  });

  it("renders every question type and stores each answer in the shape the API defines", async () => {
    const { context, page } = await newShopper();
    await page.goto(`${shopOrigin}/types`);
    await widget(page).waitFor();
    const inWidget = (selector: string) => page.locator(`touchpoint-widget ${selector}`);
    const next = () => inWidget("button.primary").click();
    await inWidget("label[for='tp-csat-4']").click();
    await inWidget("label[for='tp-ces-6']").click();
    await inWidget("label[for='tp-stars-4']").click();
    await inWidget("label[for='tp-faces-5']").click();
    await screenshot(page, "35-widget-scales-center");
    await next();
    await inWidget("[data-question='single'] input[value='__other']").check();
    await inWidget("[data-question='single'] input[type='text']").fill("Zalo");
    await inWidget("[data-question='multi'] input[value='a']").check();
    await inWidget("[data-question='multi'] input[value='c']").check();
    await inWidget("[data-question='pick'] select").selectOption("b");
    await screenshot(page, "36-widget-choices-center");
    await next();
    await inWidget("[data-question='goal'] input[value='pay']").check();
    await inWidget("[data-question='goal'] input[value='yes']").check();
    await next();
    // The consent is required: the page stays until it is given.
    await expect
      .poll(() => inWidget("[data-question='agree'] .err").textContent())
      .toBe("You need to agree to continue.");
    await screenshot(page, "37-widget-goal-consent-center");
    await inWidget("[data-question='agree'] input").check();
    await inWidget("#tp-grid-row-speed").selectOption("good");
    await inWidget("#tp-rank-row-x").selectOption("2");
    await inWidget("#tp-rank-row-y").selectOption("1");
    await inWidget("[data-question='count'] input").fill("7");
    await inWidget("[data-question='day'] input").fill("2026-02-14");
    await inWidget("[data-question='mail'] input").fill("lan@example");
    await inWidget("[data-question='tel'] input").fill("090 123 4567");
    await next();
    await expect.poll(() => inWidget("[data-question='mail'] .err").textContent()).toContain("valid email");
    await screenshot(page, "38-widget-more-types-error");
    await inWidget("[data-question='mail'] input").fill("lan@example.vn");
    await next();
    await expect.poll(() => widget(page).textContent()).toContain("All done");

    await expect
      .poll(async () => (await api<{ items: StoredResponse[] }>(`/surveys/${allTypesId}/responses`)).items)
      .toHaveLength(1);
    const [response] = (await api<{ items: StoredResponse[] }>(`/surveys/${allTypesId}/responses`)).items;
    expect(response).toMatchObject({ status: "completed", channel: "widget", language: "en" });
    expect(response?.answers).toEqual({
      csat: 4,
      ces: 6,
      stars: 4,
      faces: 5,
      single: { other: "Zalo" },
      multi: { choices: ["a", "c"] },
      pick: { choice: "b" },
      goal: { achieved: true, intent: "pay" },
      agree: true,
      grid: { speed: "good" },
      rank: ["y", "x"],
      count: 7,
      day: "2026-02-14",
      mail: "lan@example.vn",
      tel: "090 123 4567",
    });
    await context.close();
  });
});
