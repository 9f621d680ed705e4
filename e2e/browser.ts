// Debian's Chromium driven by playwright-core; no browser is ever downloaded.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { expect } from "vitest";

export const screenshotsDir = path.resolve(import.meta.dirname, "screenshots");

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(screenshotsDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotsDir, `${name}.png`), fullPage: true });
}

/** A screenshot from the top once transitions have finished, without the toasts of earlier steps. */
export async function settledScreenshot(page: Page, name: string) {
  await page.evaluate(() => {
    for (const button of document.querySelectorAll<HTMLButtonElement>(".mantine-Notification-closeButton")) {
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
