// A customer's journey through the dashboard, in Vietnamese: import a CSV (names with diacritics, an identity
// repeated across two rows, a row naming two customers, a bad row), find her by a name typed without
// diacritics, read what to know before talking to her and her timeline (an interaction and a survey response
// sent through the API), merge her second profile into hers and undo it, decide a merge suggestion, build a
// segment with its live count, write a persona, erase a customer; then a look in English.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, screenshot } from "./browser.ts";
import { ADMIN_EMAIL, ADMIN_PASSWORD, type E2eServer, startE2eServer } from "./server.ts";

const NHUNG = "Nguyễn Thị Hồng Nhung";
const NHUNG_APP = "Nguyễn Hồng Nhung";
const COMPLAINT = "Khách phải chờ 25 phút mới rút được tiền ở quầy.";
const REASON = "Nhân viên thân thiện nhưng thủ tục quá lâu.";

/** The import file: line 1 is the header, so the bad row (an email that is not one) is line 8. */
const CSV = [
  "name,email,phone,tags,consent.email",
  `${NHUNG},nhung.nguyen@example.vn,0912 345 678,vip,yes`,
  "Trần Văn Bình,binh.tran@example.vn,0903 111 222,,yes",
  "Lê Thị Thu Hà,thuha.le@example.vn,,khách quen,",
  "Phạm Quốc Việt,viet.pham@example.vn,0987 654 321,,no",
  `${NHUNG},nhung.nguyen@example.vn,,khách quen,`,
  "Trần Văn Bình,binh.tran@example.vn,0987 654 321,,",
  "Đỗ Minh Châu,khong-phai-email,,,",
  `${NHUNG_APP},hongnhung.app@example.vn,,,`,
].join("\r\n");

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

describe("a customer's journey: import, search, timeline, merge, segments, personas", () => {
  let server: E2eServer;
  let browser: Browser;
  let page: Page;
  let nhungId = "";

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await launchChromium();
    page = await browser.newPage({ locale: "vi-VN", viewport: { width: 1440, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** A screenshot from the top, without earlier toasts, once transitions (a modal opening) have finished. */
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

  /** The API as the signed-in owner: the session cookie plus the CSRF header. */
  async function api<T>(method: "GET" | "POST", path: string, data?: unknown): Promise<T> {
    const csrf = (await page.context().cookies()).find((cookie) => cookie.name === "tp_csrf")?.value ?? "";
    const response = await page.request.fetch(`${server.url}/api/v1${path}`, {
      method,
      headers: { "X-CSRF-Token": csrf },
      ...(data === undefined ? {} : { data }),
    });
    expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true);
    return (await response.json()) as T;
  }

  const title = () => page.getByTestId("page-title").textContent();
  const rowNames = () => page.getByTestId("customer-row-name").allTextContents();
  const timelineKinds = () =>
    page
      .getByTestId("timeline-item")
      .evaluateAll((items) => items.map((item) => item.getAttribute("data-kind")));
  const interactionTypes = () =>
    page
      .getByTestId("timeline-interaction")
      .evaluateAll((items) => items.map((item) => item.getAttribute("data-type")));

  async function search(text: string) {
    await page.getByTestId("customer-search").fill(text);
    await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe(text);
  }

  it("imports a CSV through the dashboard and shows the summary and the bad line", async () => {
    await page.goto(server.url);
    await page.getByTestId("login-email").fill(ADMIN_EMAIL);
    await page.getByTestId("login-password").fill(ADMIN_PASSWORD);
    await page.getByTestId("login-submit").click();
    await page.getByTestId("nav-customers").click();
    await page.getByTestId("customers-empty").waitFor();

    await page.getByTestId("customers-import").click();
    await page.getByTestId("customers-import-file").setInputFiles({
      name: "khach-hang-thang-11.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(CSV),
    });
    expect(await page.getByTestId("customers-import-chosen").textContent()).toContain(
      "khach-hang-thang-11.csv",
    );
    await shoot("60-customers-import-vi");

    await page.getByTestId("customers-import-submit").click();
    await page.getByTestId("customers-import-report").waitFor();
    const count = (id: string) => page.getByTestId(id).locator("p").last().textContent();
    expect(await count("import-created")).toBe("5");
    // Her second row adds a tag; Bình's second row names Việt's phone, so it changes nothing and leaves a
    // merge suggestion instead.
    expect(await count("import-updated")).toBe("1");
    expect(await count("import-unchanged")).toBe("1");
    expect(await count("import-failed")).toBe("1");
    const bad = page.getByTestId("import-error");
    expect(await bad.count()).toBe(1);
    expect(await bad.getAttribute("data-line")).toBe("8");
    expect(await bad.textContent()).toContain("email");
    await page.getByTestId("import-merge-suggestions").waitFor();
    await shoot("61-customers-import-report-vi");

    await page.getByTestId("customers-import-done").click();
    await expect.poll(() => page.getByTestId("customer-row").count()).toBe(5);
  });

  it("finds her by a name typed without diacritics", async () => {
    await search("nguyen thi hong nhung");
    await expect.poll(rowNames).toEqual([NHUNG]);
    await shoot("62-customers-search-no-diacritics-vi");
    await page.getByTestId("customer-row-name").first().click();
    await expect.poll(title).toBe(NHUNG);
    nhungId = /\/customers\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? "";
    expect(nhungId).not.toBe("");
  });

  it("shows what to know before talking to her and her timeline, once her systems and a survey speak", async () => {
    await api("POST", "/interactions", {
      eventId: "quay-0001",
      customer: { email: "nhung.nguyen@example.vn" },
      channel: "branch",
      touchpoint: "quay_giao_dich",
      type: "complaint",
      occurredAt: hoursAgo(2),
      outcome: "failure",
      durationSeconds: 1500,
      agent: "GDV-017",
      note: COMPLAINT,
    });
    await api("POST", "/interactions", {
      eventId: "app-0001",
      customer: { email: "hongnhung.app@example.vn" },
      channel: "app",
      type: "login",
      occurredAt: hoursAgo(72),
      outcome: "success",
    });
    const survey = await api<{ id: string }>("POST", "/surveys", {
      definition: {
        title: { vi: "Góp ý sau giao dịch tại quầy", en: "After your visit to the branch" },
        defaultLanguage: "vi",
        languages: ["vi", "en"],
        pages: [
          {
            id: "p1",
            questions: [
              {
                id: "nps",
                type: "nps",
                title: { vi: "Bạn có giới thiệu chúng tôi không?", en: "Would you recommend us?" },
              },
              { id: "reason", type: "text", title: { vi: "Vì sao?", en: "Why?" } },
            ],
          },
        ],
        endings: [{ id: "thanks", title: { vi: "Cảm ơn bạn!", en: "Thank you!" } }],
      },
    });
    await api("POST", `/surveys/${survey.id}/status`, { status: "live" });
    await api("POST", `/surveys/${survey.id}/responses`, {
      answers: { nps: 3, reason: REASON },
      channel: "qr",
      customer: { email: "nhung.nguyen@example.vn" },
    });
    // The response is attached to her profile by a job just after it commits.
    await expect
      .poll(
        async () => {
          const page = await api<{ items: { kind: string }[] }>(
            "GET",
            `/customers/${nhungId}/timeline?types=response`,
          );
          return page.items.length;
        },
        { timeout: 20_000 },
      )
      .toBe(1);

    await page.reload();
    const context = page.getByTestId("customer-context");
    await expect
      .poll(() =>
        context
          .getByTestId("context-flag")
          .evaluateAll((flags) => flags.map((f) => f.getAttribute("data-code"))),
      )
      .toEqual(expect.arrayContaining(["detractor", "recent_complaint"]));
    expect(await context.getByTestId("context-score").textContent()).toContain("NPS 3");
    expect(await context.getByTestId("context-negative").textContent()).toContain(REASON);
    await shoot("63-customer-context-vi");

    await page.getByTestId("tab-timeline").click();
    await page.getByTestId("customer-timeline").waitFor();
    await expect.poll(timelineKinds).toEqual(expect.arrayContaining(["response", "interaction", "event"]));
    expect(await interactionTypes()).toEqual(["complaint"]);
    expect(await page.getByTestId("timeline-interaction").textContent()).toContain(COMPLAINT);
    expect(await page.getByTestId("timeline-response").textContent()).toContain("NPS 3");
    expect(await page.getByTestId("timeline-event").first().textContent()).toContain(
      "khach-hang-thang-11.csv",
    );
    await shoot("64-customer-timeline-vi");

    await page.getByTestId("timeline-response-open").click();
    await page.getByTestId("response-detail").waitFor();
    expect(await page.getByTestId("response-detail").textContent()).toContain(REASON);
    await shoot("65-customer-timeline-response-vi");
    await page.keyboard.press("Escape");
    await page.getByTestId("response-detail").waitFor({ state: "detached" });
  });

  it("merges her second profile into hers from the dashboard, then undoes it", async () => {
    await page.getByTestId("customer-merge-with").click();
    await page.getByTestId("merge-search").fill("hongnhung.app@example.vn");
    await expect.poll(() => page.getByTestId("merge-candidate").count()).toBe(1);
    await page.getByTestId("merge-choose").click();
    expect(await page.getByTestId("merge-survivor").textContent()).toContain(NHUNG);
    expect(await page.getByTestId("merge-merged").textContent()).toContain(NHUNG_APP);
    await shoot("66-customer-merge-preview-vi");

    await page.getByTestId("merge-confirm").click();
    await page.waitForURL(new RegExp(`/customers/${nhungId}/merges\\?merge=`));
    await page.getByTestId("merge-result").waitFor();
    expect(await page.getByTestId("merge-card").count()).toBe(1);
    await shoot("67-customer-merge-result-vi");

    // The survivor's timeline now holds both histories: her complaint and the other profile's app login.
    await page.getByTestId("tab-timeline").click();
    await expect.poll(interactionTypes).toEqual(["complaint", "login"]);
    await shoot("68-customer-timeline-merged-vi");

    await page.getByTestId("tab-merges").click();
    await page.getByTestId("merge-card").getByTestId("merge-undo").click();
    await page.getByTestId("confirm-action").click();
    await expect.poll(() => page.getByTestId("merge-card").getAttribute("data-undone")).toBe("true");
    await shoot("69-customer-merge-undone-vi");

    await page.getByTestId("tab-timeline").click();
    await expect.poll(interactionTypes).toEqual(["complaint"]);
  });

  it("shows the pair the import could not tell apart, with its evidence, and dismisses it", async () => {
    await page.getByTestId("nav-customers").click();
    await expect.poll(() => page.getByTestId("merge-suggestions-badge").textContent()).toBe("1");
    await page.getByTestId("customers-section-suggestions").click();
    const suggestion = page.getByTestId("merge-suggestion");
    await suggestion.waitFor();
    expect(await suggestion.getByTestId("suggestion-evidence").textContent()).toContain(
      "khach-hang-thang-11.csv",
    );
    expect(await suggestion.getByTestId("suggestion-evidence").textContent()).toContain("0987 654 321");
    await shoot("70-merge-suggestions-vi");

    await page.getByTestId("suggestion-dismiss").click();
    await page.getByTestId("merge-suggestions-empty").waitFor();
    await page.getByTestId("merge-suggestions-badge").waitFor({ state: "detached" });
  });

  it("builds a segment and sees its live count change with its rules", async () => {
    await page.getByTestId("customers-section-segments").click();
    await page.getByTestId("segments-empty").waitFor();
    await shoot("71-segments-empty-vi");

    await page.getByTestId("segment-new").first().click();
    await page.getByTestId("segment-name").fill("Khách cần chăm sóc");
    // The builder starts on the rule people reach for first: detractors (latest NPS ≤ 6).
    const count = () => page.getByTestId("segment-preview-count").getAttribute("data-count");
    await expect.poll(count).toBe("1");
    await page.getByTestId("segment-add-rule").click();
    await page.getByTestId("segment-add-tag").click();
    await page.getByTestId("segment-rule-1-tag").fill("khách quen");
    // Both rules: only her; either rule: her and Thu Hà.
    await expect.poll(count).toBe("1");
    await page.getByTestId("segment-match").getByText("bất kỳ quy tắc nào").click();
    await expect.poll(count).toBe("2");
    expect(await page.getByTestId("segment-preview-customer").allTextContents()).toEqual(
      expect.arrayContaining([NHUNG, "Lê Thị Thu Hà"]),
    );
    await shoot("72-segment-builder-live-count-vi");

    await page.getByTestId("segment-save").click();
    await page.getByTestId("segments-table").waitFor();
    await expect.poll(() => page.getByTestId("segment-count").textContent()).toBe("2");
    await shoot("73-segments-list-vi");

    await page.getByTestId("customers-section-customers").click();
    await page.getByTestId("customer-segment-filter").click();
    await page.getByRole("option", { name: "Khách cần chăm sóc" }).click();
    await expect.poll(() => rowNames().then((names) => names.sort())).toEqual(["Lê Thị Thu Hà", NHUNG]);
    await shoot("74-customers-segment-filter-vi");
  });

  it("writes a persona in Vietnamese and English that stands for the segment", async () => {
    await page.getByTestId("customers-section-personas").click();
    await page.getByTestId("personas-empty").waitFor();
    await page.getByTestId("persona-new").first().click();
    await page.getByTestId("persona-name-vi").fill("Chị Nhung, khách quen ở chi nhánh");
    await page.getByTestId("persona-name-en").fill("Nhung, a branch regular");
    await page
      .getByTestId("persona-description-vi")
      .fill("45 tuổi, giao dịch tại quầy mỗi tuần, ít dùng app.");
    await page
      .getByTestId("persona-description-en")
      .fill("45, banks at the counter every week, rarely uses the app.");
    await page.getByTestId("persona-quote-vi").fill("Tôi chỉ cần được phục vụ nhanh và đúng.");
    await page.getByTestId("persona-quote-en").fill("I just want to be served quickly and right.");
    await page.getByTestId("persona-goals-0-vi").fill("Rút tiền nhanh");
    await page.getByTestId("persona-goals-0-en").fill("Withdraw cash quickly");
    await page.getByTestId("persona-pains-0-vi").fill("Xếp hàng lâu");
    await page.getByTestId("persona-pains-0-en").fill("Long queues");
    await page.getByTestId("persona-segments").click();
    await page.getByRole("option", { name: "Khách cần chăm sóc" }).click();
    await page.keyboard.press("Escape");
    await shoot("75-persona-editor-vi");

    await page.getByTestId("persona-save").click();
    await page.getByTestId("personas-gallery").waitFor();
    const card = page.getByTestId("persona-card");
    expect(await card.textContent()).toContain("Chị Nhung, khách quen ở chi nhánh");
    expect(await card.textContent()).toContain("Khách cần chăm sóc");
    await shoot("76-personas-gallery-vi");
  });

  it("erases a customer only once her name is typed, accents optional", async () => {
    await page.getByTestId("customers-section-customers").click();
    await search("pham quoc viet");
    await expect.poll(rowNames).toEqual(["Phạm Quốc Việt"]);
    await page.getByTestId("customer-row-name").first().click();
    await page.getByTestId("customer-privacy-menu").click();
    await page.getByTestId("customer-erase").click();
    expect(await page.getByTestId("erase-confirm").isDisabled()).toBe(true);
    await page.getByTestId("erase-confirm-name").fill("pham quoc viet");
    await expect.poll(() => page.getByTestId("erase-confirm").isDisabled()).toBe(false);
    await shoot("79-customer-erase-vi");
    await page.getByTestId("erase-confirm").click();
    await page.getByTestId("customer-erased").waitFor();
  });

  it("shows the timeline and the segment builder in English", async () => {
    await page.getByTestId("lang-en").first().click();
    await expect.poll(() => page.getAttribute("html", "lang")).toBe("en");
    await page.goto(`${server.url}/customers/${nhungId}/timeline`);
    await expect.poll(interactionTypes).toEqual(["complaint"]);
    expect(await page.getByTestId("customer-context").textContent()).toContain("Before you talk to them");
    await shoot("77-customer-timeline-en");

    await page.goto(`${server.url}/customers/segments`);
    await page.getByTestId("segment-row").getByRole("link").first().click();
    await expect.poll(() => page.getByTestId("segment-preview-count").getAttribute("data-count")).toBe("2");
    await shoot("78-segment-builder-en");
  });
});
