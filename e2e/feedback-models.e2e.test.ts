// The workspace's own text models and text length limit in a real browser, on the demo bank in Vietnamese:
// label comments, train a topic model from the models card, see it listed and used by the re-enrichment,
// go back to the default model, and change the longest text analysed.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, settledScreenshot } from "./browser.ts";
import { DEMO_OWNER, DEMO_PASSWORD, seedDemo } from "./demo-seed.ts";
import { type E2eServer, startE2eServer } from "./server.ts";

/** Labels per topic: 5 to learn from and 1 held out is the minimum; a little more keeps the model sane. */
const LABELS_PER_TOPIC = 8;

interface Run {
  id: string;
  status: string;
}

describe("workspace text models and text limit", () => {
  let server: E2eServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "tp-e2e-feedback-models-"));
    // The seed analyses every comment before it returns: minutes on a 2-core machine, more while it is shared.
    await seedDemo(dataDir);
    server = await startE2eServer({ TOUCHPOINT_DATA_DIR: dataDir });
    browser = await launchChromium();
    page = await browser.newPage({ locale: "vi-VN", viewport: { width: 1280, height: 900 } });
  }, 900_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const shoot = (name: string) => settledScreenshot(page, name);

  /** The API as the logged-in browser calls it: its session cookie, and the CSRF header on writes. */
  const call = <T>(method: string, url: string, body?: unknown) =>
    page.evaluate(
      async ({ method, url, body }) => {
        const csrf = document.cookie
          .split("; ")
          .find((cookie) => cookie.startsWith("tp_csrf="))
          ?.slice("tp_csrf=".length);
        const response = await fetch(url, {
          method,
          headers: {
            ...(body === undefined ? {} : { "content-type": "application/json" }),
            ...(csrf ? { "x-csrf-token": decodeURIComponent(csrf) } : {}),
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
        if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
        return response.json();
      },
      { method, url, body },
    ) as Promise<T>;

  const latestRun = async () =>
    (await call<{ run: Run | null }>("GET", "/api/v1/text/reenrichment")).run ?? { id: "", status: "" };
  /** Waits for the re-enrichment started after `before` to finish. */
  const reenriched = (before: Run) =>
    expect
      .poll(
        async () => {
          const run = await latestRun();
          return run.id !== before.id && run.status;
        },
        { timeout: 180_000, interval: 1_000 },
      )
      .toBe("done");
  const modelVersion = async () =>
    (await call<{ items: { modelVersion: string }[] }>("GET", "/api/v1/text/analyses?limit=1")).items[0]
      ?.modelVersion ?? "";

  it("labels demo comments of two topics and sees the models card ready to train", async () => {
    await page.goto(server.url);
    await page.getByTestId("login-email").fill(DEMO_OWNER);
    await page.getByTestId("login-password").fill(DEMO_PASSWORD);
    await page.getByTestId("login-submit").click();
    // The navigation appears once the session cookie is set: the API calls below need it.
    await page.getByTestId("nav-feedback").first().waitFor();
    await expect.poll(() => page.getAttribute("html", "lang")).toBe("vi");

    const { items } = await call<{ items: { id: string; topics: { id: string }[] }[] }>(
      "GET",
      "/api/v1/text/comments?limit=100",
    );
    const byTopic = new Map<string, string[]>();
    for (const comment of items) {
      const topic = comment.topics[0]?.id;
      if (topic) byTopic.set(topic, [...(byTopic.get(topic) ?? []), comment.id]);
    }
    const chosen = [...byTopic.entries()].filter(([, ids]) => ids.length >= LABELS_PER_TOPIC).slice(0, 2);
    expect(chosen).toHaveLength(2);
    for (const [topic, ids] of chosen) {
      for (const id of ids.slice(0, LABELS_PER_TOPIC)) {
        await call("PUT", `/api/v1/text/comments/${id}/labels`, { topic });
      }
    }

    await page.goto(`${server.url}/feedback/taxonomy`);
    await page.getByTestId("workspace-models").waitFor();
    await expect.poll(() => page.getByTestId("model-train-topic-button").isEnabled()).toBe(true);
    expect(await page.getByTestId("workspace-model").count()).toBe(0);
    await shoot("83-feedback-models-ready-vi");
  });

  it("trains a topic model from the card, lists it in use and re-enriches with it", {
    timeout: 240_000,
  }, async () => {
    const before = await latestRun();
    await page.getByTestId("model-train-topic-button").click();
    await page.getByTestId("confirm-action").click();
    const row = page.getByTestId("workspace-model").first();
    await expect.poll(() => row.getAttribute("data-active"), { timeout: 60_000 }).toBe("true");
    expect(await row.textContent()).toContain("Đang dùng");
    // The confirmation closes once the list is read again.
    await page.getByTestId("confirm-action").waitFor({ state: "detached" });
    const { items } = await call<{ items: { id: string; active: boolean }[] }>("GET", "/api/v1/text/models");
    expect(items).toHaveLength(1);
    await reenriched(before);
    expect(await modelVersion()).toContain(`topic:${items[0]?.id}`);
    await shoot("84-feedback-model-in-use-vi");
  });

  it("goes back to the default model, keeping the trained one to use again", {
    timeout: 240_000,
  }, async () => {
    const before = await latestRun();
    await page.getByTestId("model-deactivate").click();
    await page.getByTestId("confirm-action").click();
    const row = page.getByTestId("workspace-model").first();
    await expect.poll(() => row.getAttribute("data-active"), { timeout: 60_000 }).toBe("false");
    await row.getByTestId("model-activate").waitFor();
    await page.getByTestId("confirm-action").waitFor({ state: "detached" });
    await reenriched(before);
    expect(await modelVersion()).not.toContain("topic:");
    await shoot("85-feedback-model-default-vi");
  });

  it("changes the longest text analysed, kept after a reload", async () => {
    const input = page.getByTestId("text-settings-max-length");
    expect(await input.inputValue()).toMatch(/^10\.?000 ký tự$/);
    await input.fill("2000");
    await page.getByTestId("text-settings-save").click();
    await expect
      .poll(
        async () => (await call<{ maxTextLength: number }>("GET", "/api/v1/text/settings")).maxTextLength,
        { timeout: 30_000 },
      )
      .toBe(2000);
    await page.reload();
    await expect
      .poll(() => page.getByTestId("text-settings-max-length").inputValue(), { timeout: 30_000 })
      .toBe("2000 ký tự");
    await shoot("86-feedback-text-limit-vi");
  });
});
