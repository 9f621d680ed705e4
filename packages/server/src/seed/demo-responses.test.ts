import { describe, expect, it } from "vitest";
import { DEMO_SEED, generateDemoData } from "./demo.ts";
import { appReleaseDate } from "./demo-bank.ts";
import { withoutDiacritics } from "./demo-comments.ts";
import type { DemoResponse } from "./demo-responses.ts";

const now = new Date("2026-11-25T08:00:00Z");
const data = generateDemoData(now);
const release = appReleaseDate(now);
const after = (response: DemoResponse) => new Date(response.submittedAt) >= release;
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const nps = (scores: number[]) =>
  (100 * (scores.filter((score) => score >= 9).length - scores.filter((score) => score <= 6).length)) /
  scores.length;
const answer = (key: string) => (response: DemoResponse) => response.answers[key] as number;
const comments = [...data.relationship, ...data.transactional].flatMap((response) =>
  typeof response.answers.comment === "string" ? [{ ...response, comment: response.answers.comment }] : [],
);

describe("demo responses", () => {
  it("are the same for the same seed and differ for another", () => {
    expect(generateDemoData(now, DEMO_SEED)).toEqual(data);
    const other = generateDemoData(now, DEMO_SEED + 7);
    expect(other.relationship.slice(0, 20)).not.toEqual(data.relationship.slice(0, 20));
  });

  it("cover the year ending now, with weekdays busier than Sundays and the app busier than branches", () => {
    const all = [...data.relationship, ...data.transactional];
    expect(all.length).toBeGreaterThan(4_500);
    expect(all.length).toBeLessThan(10_000);
    const times = all.map((response) => new Date(response.submittedAt).getTime());
    const day = 86_400_000;
    expect(Math.max(...times)).toBeLessThanOrEqual(now.getTime());
    expect(now.getTime() - Math.min(...times)).toBeGreaterThan(363 * day);
    expect(now.getTime() - Math.min(...times)).toBeLessThan(366 * day);
    const months = new Set(all.map((response) => response.submittedAt.slice(0, 7)));
    expect(months.size).toBe(13);
    // Weekday in Vietnam (UTC+7).
    const weekday = (response: DemoResponse) =>
      new Date(new Date(response.submittedAt).getTime() + 7 * 3_600_000).getUTCDay();
    const tuesdays = data.relationship.filter((response) => weekday(response) === 2).length;
    const sundays = data.relationship.filter((response) => weekday(response) === 0).length;
    expect(tuesdays).toBeGreaterThan(1.8 * sundays);
    expect(data.relationship.some((r) => r.channel === "branch" && weekday(r) === 0)).toBe(false);
    const byChannel = (channel: string) => data.relationship.filter((r) => r.channel === channel).length;
    expect(byChannel("app")).toBeGreaterThan(2 * byChannel("branch"));
  });

  it("let NPS climb slowly until the release", () => {
    const day = 86_400_000;
    const start = now.getTime() - 365 * day;
    const within = (from: number, to: number) =>
      data.relationship
        .filter((r) => new Date(r.submittedAt).getTime() >= from && new Date(r.submittedAt).getTime() < to)
        .map(answer("nps"));
    const firstQuarter = within(start, start + 91 * day);
    const lastQuarterBefore = within(release.getTime() - 91 * day, release.getTime());
    expect(nps(lastQuarterBefore) - nps(firstQuarter)).toBeGreaterThan(5);
  });

  it("plant the app release: the app rating and NPS of app answers fall from the release on", () => {
    const app = data.relationship.filter((response) => response.channel === "app");
    const appBefore = app.filter((response) => !after(response));
    const appAfter = app.filter(after);
    expect(mean(appBefore.map(answer("mobile_app")))).toBeGreaterThan(3.9);
    expect(mean(appAfter.map(answer("mobile_app")))).toBeLessThan(2.8);
    expect(nps(appBefore.map(answer("nps"))) - nps(appAfter.map(answer("nps")))).toBeGreaterThan(35);
    // Other channels barely move: the problem is the app's.
    const others = data.relationship.filter((response) => response.channel !== "app");
    const otherDrop =
      mean(others.filter((r) => !after(r)).map(answer("mobile_app"))) -
      mean(others.filter(after).map(answer("mobile_app")));
    expect(otherDrop).toBeLessThan(0.6);
    // Among app answers after the release the app is the worst rated touchpoint.
    for (const other of ["wait_time", "staff_attitude", "service_fees", "complaint_handling"]) {
      expect(mean(appAfter.map(answer(other)))).toBeGreaterThan(mean(appAfter.map(answer("mobile_app"))));
    }
  });

  it("write comments in Vietnamese with and without diacritics, in teen code and in English", () => {
    const vi = comments.filter((c) => c.language === "vi").map((c) => c.comment);
    const en = comments.filter((c) => c.language === "en").map((c) => c.comment);
    expect(en.length).toBeGreaterThan(50);
    expect(vi.filter((text) => text !== withoutDiacritics(text)).length).toBeGreaterThan(300);
    expect(vi.filter((text) => text === withoutDiacritics(text)).length).toBeGreaterThan(100);
    expect(vi.some((text) => text.includes("ko đc"))).toBe(true);
    expect(vi.some((text) => text.includes("app lag quá"))).toBe(true);
  });

  it("fill the app answers after the release with login and OTP complaints, and not before", () => {
    const aboutLogin = (text: string) => /otp|đăng nhập|dang nhap|log in|login|văng|crash/i.test(text);
    const appComments = comments.filter((c) => c.channel === "app");
    const share = (list: typeof appComments) =>
      list.filter((c) => aboutLogin(c.comment)).length / list.length;
    expect(share(appComments.filter(after))).toBeGreaterThan(0.4);
    expect(share(appComments.filter((c) => !after(c)))).toBe(0);
    expect(appComments.filter(after).some((c) => c.language === "en" && aboutLogin(c.comment))).toBe(true);
  });
});
