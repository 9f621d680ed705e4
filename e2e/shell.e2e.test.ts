// The web shell in a real browser: log in, switch to Vietnamese, create an API key that then works, change
// the workspace's contact rule.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, screenshot } from "./browser.ts";
import { ADMIN_EMAIL, ADMIN_PASSWORD, type E2eServer, startE2eServer } from "./server.ts";

describe("web shell", () => {
  let server: E2eServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await launchChromium();
    page = await browser.newPage({ locale: "en-US", viewport: { width: 1280, height: 800 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("shows a readable error for a wrong password, then logs in", async () => {
    await page.goto(server.url);
    await page.getByTestId("login-email").fill(ADMIN_EMAIL);
    await page.getByTestId("login-password").fill("not the password");
    await page.getByTestId("login-submit").click();
    await expect.poll(() => page.getByText("Wrong email or password").count()).toBeGreaterThan(0);
    await screenshot(page, "01-login-error");
    await page.getByTestId("login-password").fill(ADMIN_PASSWORD);
    await page.getByTestId("login-submit").click();
    await page.getByTestId("nav-overview").waitFor();
    expect(await page.getByTestId("page-title").textContent()).toContain("Siêu thị Điểm Chạm");
    await screenshot(page, "02-overview-en");
  });

  it("switches the whole interface to Vietnamese", async () => {
    await page.getByTestId("lang-vi").first().click();
    await expect.poll(() => page.getAttribute("html", "lang")).toBe("vi");
    await page.getByTestId("nav-api-keys").click();
    await expect.poll(() => page.getByTestId("page-title").textContent()).toBe("Khóa API");
    await screenshot(page, "03-api-keys-vi");
  });

  it("creates an API key, shows it once, and the key authenticates against the API", async () => {
    await page.getByTestId("api-key-name").fill("Tích hợp CRM");
    await page.getByTestId("api-key-create").click();
    const secret = (await page.getByTestId("api-key-secret").textContent())?.trim() ?? "";
    expect(secret).toMatch(/^tp_[A-Za-z0-9_-]{43}$/);
    await expect.poll(() => page.getByTestId("api-key-row").count()).toBe(1);
    await screenshot(page, "04-api-key-created-vi");
    const me = await fetch(`${server.url}/api/v1/me`, { headers: { authorization: `Bearer ${secret}` } });
    expect(await me.json()).toMatchObject({ kind: "api_key", apiKey: { name: "Tích hợp CRM" } });
  });

  it("changes the workspace's contact rule, which survives a reload", async () => {
    await page.getByTestId("nav-contact-rules").click();
    await expect.poll(() => page.getByTestId("page-title").textContent()).toBe("Quy tắc liên hệ");
    const days = page.getByTestId("contact-window-days");
    await expect.poll(() => days.inputValue()).toBe("30 ngày");
    await days.fill("14");
    await page.getByRole("button", { name: "Lưu" }).click();
    await expect.poll(() => page.getByText("Đã lưu quy tắc liên hệ.").count()).toBe(1);
    await screenshot(page, "06-contact-rules-vi");
    await page.reload();
    await expect.poll(() => page.getByTestId("contact-window-days").inputValue()).toBe("14 ngày");
  });

  it("shows the key's creation and the rule's change in the audit log", async () => {
    await page.getByTestId("nav-audit-log").click();
    await expect.poll(() => page.getByTestId("audit-row").count()).toBeGreaterThan(1);
    expect(await page.getByTestId("audit-row").first().textContent()).toContain("contacts.policy.update");
    await screenshot(page, "05-audit-log-vi");
  });
});
