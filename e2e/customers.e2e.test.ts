// Customers in a real browser: define an attribute (and see a type change refused), add customers through
// the form (one with a Vietnamese name and a phone typed the Vietnamese way), find her without diacritics
// and by her number in E.164, change her profile, and see a phone another customer holds refused at the
// field with a link to her.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, screenshot } from "./browser.ts";
import { ADMIN_EMAIL, ADMIN_PASSWORD, type E2eServer, startE2eServer } from "./server.ts";

const NHUNG = "Nguyễn Thị Hồng Nhung";

describe("customers", () => {
  let server: E2eServer;
  let browser: Browser;
  let page: Page;
  let nhungId = "";

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await launchChromium();
    page = await browser.newPage({ locale: "en-US", viewport: { width: 1440, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /**
   * A screenshot from the top of the page, once transitions (a modal opening) have finished. Toasts of
   * earlier steps are dismissed first: they would cover the part of the page the picture is for.
   */
  async function shoot(name: string) {
    await page.evaluate(() => {
      for (const button of document.querySelectorAll<HTMLButtonElement>(
        ".mantine-Notification-closeButton",
      )) {
        button.click();
      }
      window.scrollTo(0, 0);
    });
    const running = () =>
      page.evaluate(
        () => document.getAnimations().filter((animation) => animation.playState === "running").length,
      );
    await expect.poll(running).toBe(0);
    await screenshot(page, name);
  }

  const title = () => page.getByTestId("page-title").textContent();
  const rowNames = () => page.getByTestId("customer-row-name").allTextContents();

  async function search(text: string) {
    await page.getByTestId("customer-search").fill(text);
    await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe(text);
  }

  it("defines a customer attribute, and shows the server's refusal to change its type", async () => {
    await page.goto(server.url);
    await page.getByTestId("login-email").fill(ADMIN_EMAIL);
    await page.getByTestId("login-password").fill(ADMIN_PASSWORD);
    await page.getByTestId("login-submit").click();
    await page.getByTestId("nav-customer-attributes").click();
    await page.getByTestId("attributes-empty").waitFor();
    expect(await title()).toBe("Customer attributes");

    await page.getByTestId("attribute-key").fill("loyalty_tier");
    await page.getByTestId("attribute-label-vi").fill("Hạng thành viên");
    await page.getByTestId("attribute-label-en").fill("Loyalty tier");
    await page.getByTestId("attribute-add").click();
    await expect.poll(() => page.getByTestId("attribute-row").count()).toBe(1);

    await page.getByTestId("attribute-key").fill("newsletter");
    await page.getByTestId("attribute-type").click();
    await page.getByRole("option", { name: "Yes / no" }).click();
    await page.getByTestId("attribute-label-en").fill("Reads the newsletter");
    await page.getByTestId("attribute-add").click();
    await expect.poll(() => page.getByTestId("attribute-row").count()).toBe(2);
    await shoot("50-customer-attributes-en");

    await page
      .locator('[data-testid="attribute-row"][data-key="loyalty_tier"]')
      .getByTestId("attribute-edit")
      .click();
    await page.getByTestId("attribute-edit-type").click();
    await page.getByRole("option", { name: "Number" }).click();
    await page.getByTestId("attribute-edit-save").click();
    await expect
      .poll(() => page.getByRole("alert").filter({ hasText: "The type cannot change" }).count())
      .toBe(1);
    await shoot("50b-customer-attributes-type-fixed-en");
    await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
  });

  it("explains where customers come from while there are none, in Vietnamese", async () => {
    await page.getByTestId("lang-vi").first().click();
    await expect.poll(() => page.getAttribute("html", "lang")).toBe("vi");
    await page.getByTestId("nav-customers").click();
    await page.getByTestId("customers-empty").waitFor();
    expect(await title()).toBe("Khách hàng");
    expect(await page.getByTestId("customers-empty").textContent()).toContain(
      "npx touchpoint customers import",
    );
    await shoot("51-customers-empty-vi");
  });

  it("adds two customers through the form, one with a phone typed the Vietnamese way", async () => {
    await page.getByTestId("customer-new").first().click();
    await page.getByTestId("customer-name").fill(NHUNG);
    await page.getByTestId("customer-language").click();
    await page.getByRole("option", { name: /\(vi\)/ }).click();
    await page.getByTestId("customer-phone-0").fill("0912 345 678");
    await page.getByTestId("customer-email-0").fill("nhung.nguyen@example.vn");
    await page.getByTestId("customer-external-add").click();
    await page.getByTestId("customer-external-system-0").fill("crm");
    await page.getByTestId("customer-external-value-0").fill("KH-000123");
    await page.getByTestId("customer-tags").fill("vip");
    await page.getByTestId("customer-tags").press("Enter");
    await shoot("52-new-customer-form-vi");
    await page.getByTestId("customer-create").click();

    await page.waitForURL(/\/customers\/[0-9a-f-]{36}$/);
    nhungId = /\/customers\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? "";
    await expect.poll(title).toBe(NHUNG);
    expect(await page.getByTestId("customer-identities").textContent()).toContain("0912 345 678");

    await page.getByTestId("nav-customers").click();
    await page.getByTestId("customer-new").first().click();
    await page.getByTestId("customer-name").fill("Trần Văn Bình");
    await page.getByTestId("customer-email-0").fill("binh.tran@example.com");
    await page.getByTestId("customer-phone-0").fill("028 3823 4567");
    await page.getByTestId("customer-create").click();
    await expect.poll(title).toBe("Trần Văn Bình");

    await page.getByTestId("nav-customers").click();
    await expect.poll(() => page.getByTestId("customer-row").count()).toBe(2);
    await shoot("53-customers-list-vi");
  });

  it("finds her without diacritics, and by her number written in E.164", async () => {
    await search("hong nhung");
    await expect.poll(rowNames).toEqual([NHUNG]);
    await shoot("54-customers-search-vi");

    await search("+84912345678");
    await expect.poll(rowNames).toEqual([NHUNG]);

    await search("không có ai tên này");
    await page.getByTestId("customers-no-results").waitFor();
    await shoot("55-customers-no-results-vi");
  });

  it("changes an attribute and a consent on her profile, and both survive a reload", async () => {
    await search("hong nhung");
    await expect.poll(rowNames).toEqual([NHUNG]);
    await page.getByTestId("customer-row-name").first().click();
    await expect.poll(title).toBe(NHUNG);

    await page.getByTestId("customer-attributes-section-edit").click();
    await page.getByTestId("attribute-input-loyalty_tier").fill("Vàng");
    await page.getByTestId("attribute-input-newsletter").check({ force: true });
    await page.getByTestId("customer-attributes-save").click();
    await expect.poll(() => page.getByTestId("attribute-loyalty_tier").textContent()).toContain("Vàng");

    await page.getByTestId("consent-sms-change").click();
    await page.getByTestId("consent-sms-choice").getByText("Đồng ý").click();
    await page.getByTestId("consent-sms-source").fill("Phiếu đăng ký tại quầy");
    await page.getByTestId("consent-sms-save").click();
    await expect.poll(() => page.getByTestId("consent-sms").getAttribute("data-status")).toBe("granted");

    await page.getByTestId("consent-email-change").click();
    await page.getByTestId("consent-email-choice").getByText("Đã rút lại").click();
    await page.getByTestId("consent-email-save").click();
    expect(await page.getByTestId("consent-email").textContent()).toContain(
      "Hãy cho biết khách hàng đồng ý hoặc rút lại ở đâu.",
    );
    await page.getByTestId("consent-email-source").fill("Cuộc gọi tổng đài");
    await page.getByTestId("consent-email-save").click();
    await expect.poll(() => page.getByTestId("consent-email").getAttribute("data-status")).toBe("withdrawn");
    await shoot("56-customer-profile-vi");

    await page.reload();
    await expect.poll(() => page.getByTestId("attribute-loyalty_tier").textContent()).toContain("Vàng");
    expect(await page.getByTestId("attribute-newsletter").textContent()).toContain("Có");
    expect(await page.getByTestId("consent-sms").getAttribute("data-status")).toBe("granted");
    expect(await page.getByTestId("consent-sms").textContent()).toContain("Phiếu đăng ký tại quầy");
    expect(await page.getByTestId("consent-email").getAttribute("data-status")).toBe("withdrawn");
  });

  it("refuses a phone another customer holds, at the phone field, with a link to her", async () => {
    await page.getByTestId("nav-customers").click();
    await page.getByTestId("customer-new").first().click();
    await page.getByTestId("customer-name").fill("Nhung (nhập trùng)");
    await page.getByTestId("customer-phone-0").fill("+84 912 345 678");
    await page.getByTestId("customer-create").click();

    const phoneField = page.getByRole("dialog").getByTestId("identity-taken");
    await expect.poll(() => phoneField.textContent()).toContain(`Đã thuộc về khách hàng ${NHUNG}.`);
    expect(await page.getByTestId("identity-holder-link").getAttribute("href")).toBe(`/customers/${nhungId}`);
    expect(await page.getByTestId("customer-phone-0").getAttribute("aria-invalid")).toBe("true");
    await shoot("57-identity-taken-vi");

    await page.getByTestId("identity-holder-link").click();
    await expect.poll(title).toBe(NHUNG);
  });

  it("shows the same profile in English, labels included", async () => {
    await page.getByTestId("lang-en").first().click();
    await expect
      .poll(() => page.getByTestId("attribute-loyalty_tier").textContent())
      .toContain("Loyalty tier");
    expect(await page.getByTestId("consent-sms").textContent()).toContain("Granted");
    await shoot("58-customer-profile-en");
  });

  it("edits preferences beside the typed attribute inputs and a consent form", async () => {
    await page.getByTestId("customer-attributes-section-edit").click();
    await page.getByTestId("consent-phone-change").click();
    await page.getByTestId("customer-preferences-section-edit").click();
    await page.getByTestId("preferences-channel").click();
    await page.getByRole("option", { name: "SMS" }).click();
    await page.getByTestId("preferences-hours-from").fill("08:00");
    await shoot("59-customer-editing-en");

    await page.getByTestId("customer-preferences-save").click();
    expect(await page.getByTestId("customer-preferences-section").textContent()).toContain(
      "Give both times, or neither.",
    );
    await page.getByTestId("preferences-hours-to").fill("20:00");
    await page.getByTestId("customer-preferences-save").click();
    await expect.poll(() => page.getByTestId("customer-preferences").textContent()).toContain("08:00–20:00");
    expect(await page.getByTestId("customer-preferences").textContent()).toContain("SMS");
  });
});
