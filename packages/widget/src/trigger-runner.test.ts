import { describe, expect, it } from "vitest";
import { type ContactHistory, emptyHistory, type SurveyOutcome } from "./contact-history.ts";
import { DAY_MS } from "./survey-eligibility.ts";
import { FakeTime } from "./testing/fake-time.ts";
import { widgetSurvey } from "./testing/survey-builders.ts";
import { type ContactAnswer, TriggerRunner } from "./trigger-runner.ts";
import type { PageUrl } from "./url-pattern.ts";
import type { WidgetSurvey } from "./widget-types.ts";

/** A browser page seen by the runner: its URL, stored history, exit intent and what got shown. */
function browserPage(
  path = "/",
  draws: number[] = [0.5],
  checkContact: (survey: WidgetSurvey) => ContactAnswer | Promise<ContactAnswer> = () => ({ ask: true }),
) {
  const time = new FakeTime();
  const page = {
    time,
    url: { origin: "https://shop.example.vn", pathname: path, search: "" } as PageUrl,
    history: emptyHistory() as ContactHistory,
    shown: [] as string[],
    finish: undefined as ((outcome: SurveyOutcome) => void) | undefined,
    exitIntent: undefined as (() => void) | undefined,
    verified: false,
    runner: undefined as unknown as TriggerRunner,
  };
  const randoms = [...draws];
  page.runner = new TriggerRunner({
    clock: time,
    random: () => randoms.shift() ?? 0.5,
    setTimer: time.setTimer,
    watchExitIntent: (run) => {
      page.exitIntent = run;
      return () => {
        page.exitIntent = undefined;
      };
    },
    currentUrl: () => page.url,
    verifiedVisitor: () => page.verified,
    loadHistory: () => page.history,
    saveHistory: (history) => {
      page.history = history;
    },
    checkContact,
    present: (survey: WidgetSurvey, finished) => {
      page.shown.push(survey.slug);
      page.finish = finished;
    },
  });
  return page;
}

const reasonOf = (page: ReturnType<typeof browserPage>, slug: string) =>
  page.runner.decisions().find((decision) => decision.survey === slug)?.reason;

describe("widget triggers", () => {
  it("shows a survey without events on page load", () => {
    const page = browserPage();
    page.runner.start([widgetSurvey("after-visit")]);
    expect(page.shown).toEqual(["after-visit"]);
    expect(reasonOf(page, "after-visit")).toBe("shown");
  });

  it("keeps a survey with events waiting until one of them is tracked", () => {
    const page = browserPage();
    page.runner.start([widgetSurvey("after-purchase", { events: ["purchase", "refund"] })]);
    expect(page.shown).toEqual([]);
    expect(page.runner.decisions()[0]).toMatchObject({ status: "waiting", reason: "event" });
    page.runner.track("add_to_cart");
    expect(page.shown).toEqual([]);
    page.runner.track("purchase");
    expect(page.shown).toEqual(["after-purchase"]);
  });

  it("acts on events tracked before the surveys arrived", () => {
    const page = browserPage();
    page.runner.track("purchase");
    page.runner.start([widgetSurvey("after-purchase", { events: ["purchase"] })]);
    expect(page.shown).toEqual(["after-purchase"]);
  });

  it("waits for the delay, counted from the trigger", () => {
    const page = browserPage();
    page.runner.start([widgetSurvey("slow", { delaySeconds: 20 })]);
    expect(reasonOf(page, "slow")).toBe("delay");
    page.time.advance(19_999);
    expect(page.shown).toEqual([]);
    page.time.advance(1);
    expect(page.shown).toEqual(["slow"]);
  });

  it("shows an exit-intent survey only when the visitor moves to leave, after its delay", () => {
    const page = browserPage();
    page.runner.start([widgetSurvey("leaving", { exitIntent: true, delaySeconds: 5 })]);
    expect(page.exitIntent).toBeUndefined();
    page.time.advance(5_000);
    expect(reasonOf(page, "leaving")).toBe("exit_intent");
    expect(page.shown).toEqual([]);
    page.exitIntent?.();
    expect(page.shown).toEqual(["leaving"]);
    expect(page.exitIntent).toBeUndefined();
  });

  it("skips a survey whose URL patterns do not match the page, and says so", () => {
    const page = browserPage("/cart");
    page.runner.start([widgetSurvey("checkout", { urlPatterns: ["/checkout/*"] })]);
    expect(page.shown).toEqual([]);
    expect(page.runner.decisions()[0]).toMatchObject({ status: "skipped", reason: "url" });
  });

  it("samples with a draw that is stored, so a reload neither re-rolls nor changes the decision", () => {
    const first = browserPage("/", [0.42]);
    first.runner.start([widgetSurvey("sampled", { samplingPercent: 40 })]);
    expect(reasonOf(first, "sampled")).toBe("sampled_out");
    const draw = first.history.surveys.sampled?.draw;
    expect(draw).toBeCloseTo(42);

    const reload = browserPage("/", [0.01]);
    reload.history = first.history;
    reload.runner.start([widgetSurvey("sampled", { samplingPercent: 40 })]);
    expect(reasonOf(reload, "sampled")).toBe("sampled_out");
    expect(reload.history.surveys.sampled?.draw).toBe(draw);

    const wider = browserPage("/", [0.01]);
    wider.history = first.history;
    wider.runner.start([widgetSurvey("sampled", { samplingPercent: 50 })]);
    expect(wider.shown).toEqual(["sampled"]);
  });

  it("shows at most one widget survey per recontact window, even a different one", () => {
    const page = browserPage();
    page.runner.start([widgetSurvey("first"), widgetSurvey("second")]);
    expect(page.shown).toEqual(["first"]);
    expect(reasonOf(page, "second")).toBe("recently_shown");

    const later = browserPage();
    later.history = page.history;
    later.time.advance(29 * DAY_MS);
    later.runner.start([widgetSurvey("second")]);
    expect(later.shown).toEqual([]);
    expect(reasonOf(later, "second")).toBe("recently_shown");

    const afterWindow = browserPage();
    afterWindow.history = page.history;
    afterWindow.time.advance(30 * DAY_MS);
    afterWindow.runner.start([widgetSurvey("second")]);
    expect(afterWindow.shown).toEqual(["second"]);
  });

  it("does not ask again within the window after the visitor answered or dismissed", () => {
    for (const outcome of ["completed", "dismissed"] as const) {
      const page = browserPage();
      page.runner.start([widgetSurvey("once", { recontactDays: 7 })]);
      page.time.advance(60_000);
      page.finish?.(outcome);
      expect(page.history.surveys.once?.outcome).toBe(outcome);

      const nextWeek = browserPage();
      nextWeek.history = page.history;
      nextWeek.time.advance(6 * DAY_MS);
      nextWeek.runner.start([widgetSurvey("once", { recontactDays: 7 })]);
      expect(reasonOf(nextWeek, "once")).toBe(outcome === "completed" ? "answered" : "dismissed");
    }
  });

  it("asks on every visit when the recontact window is zero days", () => {
    const page = browserPage();
    page.runner.start([widgetSurvey("always", { recontactDays: 0 })]);
    page.finish?.("completed");
    const reload = browserPage();
    reload.history = page.history;
    reload.runner.start([widgetSurvey("always", { recontactDays: 0 })]);
    expect(reload.shown).toEqual(["always"]);
  });

  it("checks frequency again when a delayed survey comes due after another was shown", () => {
    const page = browserPage();
    page.runner.start([
      widgetSurvey("delayed", { delaySeconds: 30 }),
      widgetSurvey("event", { events: ["purchase"] }),
    ]);
    page.runner.track("purchase");
    page.finish?.("dismissed");
    page.time.advance(30_000);
    expect(page.shown).toEqual(["event"]);
    expect(reasonOf(page, "delayed")).toBe("recently_shown");
  });

  it("waits for the server's contact rules for an identified visitor, and shows when they allow it", async () => {
    let answer: (value: ContactAnswer) => void = () => {};
    const page = browserPage("/", [0.5], () => new Promise((resolve) => (answer = resolve)));
    page.runner.start([widgetSurvey("asked"), widgetSurvey("other")]);
    expect(page.shown).toEqual([]);
    expect(reasonOf(page, "asked")).toBe("contact_check");
    // Only one survey at a time, even while the server is being asked.
    expect(reasonOf(page, "other")).toBe("busy");
    answer({ ask: true });
    await Promise.resolve();
    expect(page.shown).toEqual(["asked"]);
  });

  it("skips a survey the server's rules hold back, and remembers the hold until it ends", () => {
    const until = new Date(Date.UTC(2026, 11, 20)).toISOString();
    let checks = 0;
    const held = () => {
      checks += 1;
      return { ask: false as const, reason: "recently_contacted", until };
    };
    const page = browserPage("/", [0.5], held);
    page.runner.start([widgetSurvey("held")]);
    expect(page.shown).toEqual([]);
    expect(page.runner.decisions()[0]).toMatchObject({
      reason: "recently_contacted",
      detail: `the workspace's contact rules hold this visitor until ${until}`,
    });
    const reload = browserPage("/", [0.5], held);
    reload.history = page.history;
    reload.runner.start([widgetSurvey("held")]);
    expect(reasonOf(reload, "held")).toBe("recently_contacted");
    expect(checks).toBe(1);
  });

  describe("segment targeting", () => {
    const segmentId = "0190f0a0-0000-7000-8000-0000000000aa";

    it("never shows a survey for a segment to a visitor the site did not verify, and asks no server", () => {
      let checks = 0;
      const page = browserPage("/", [0.5], () => {
        checks += 1;
        return { ask: true };
      });
      page.runner.start([widgetSurvey("vip-only", { segmentId }), widgetSurvey("everyone")]);
      expect(page.shown).toEqual(["everyone"]);
      expect(page.runner.decisions().find((d) => d.survey === "vip-only")).toMatchObject({
        status: "skipped",
        reason: "not_targeted",
      });
      expect(checks).toBe(1);
    });

    it("asks the server about a verified visitor, and skips without a hold when they are not in it", () => {
      let checks = 0;
      const notTargeted = () => {
        checks += 1;
        return { ask: false as const, reason: "not_targeted" };
      };
      const page = browserPage("/", [0.5], notTargeted);
      page.verified = true;
      page.runner.start([widgetSurvey("vip-only", { segmentId })]);
      expect(page.shown).toEqual([]);
      expect(reasonOf(page, "vip-only")).toBe("not_targeted");
      expect(page.history.surveys["vip-only"]?.heldUntil).toBeUndefined();
      // Nothing remembered: on the next page the visitor may have joined the segment.
      const next = browserPage("/", [0.5], () => ({ ask: true }));
      next.verified = true;
      next.history = page.history;
      next.runner.start([widgetSurvey("vip-only", { segmentId })]);
      expect(next.shown).toEqual(["vip-only"]);
      expect(checks).toBe(1);
    });
  });
});
