import { exampleNpsSurvey } from "@touchpoint/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testEngines } from "../../testing/test-database.ts";
import { invitedTooRecently } from "./frequency-rule.ts";
import {
  DAY_MS,
  type InvitationsTest,
  invitationsOf,
  invite,
  publishSurvey,
  startInvitationsTest,
} from "./test-sends.ts";

describe("invitedTooRecently", () => {
  const now = new Date("2026-11-25T08:00:00Z");
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS);

  it("holds back an address invited to any survey within 30 days", () => {
    const rule = { surveyId: "a", surveyDays: undefined, now };
    expect(invitedTooRecently(rule, [{ surveyId: "b", at: daysAgo(29.9) }])).toBe(true);
    expect(invitedTooRecently(rule, [{ surveyId: "b", at: daysAgo(30) }])).toBe(false);
    expect(invitedTooRecently(rule, [])).toBe(false);
  });

  it("uses the survey's doNotAskAgainDays for the same survey only", () => {
    const rule = { surveyId: "a", surveyDays: 90, now };
    expect(invitedTooRecently(rule, [{ surveyId: "a", at: daysAgo(60) }])).toBe(true);
    expect(invitedTooRecently(rule, [{ surveyId: "b", at: daysAgo(60) }])).toBe(false);
    const short = { surveyId: "a", surveyDays: 7, now };
    expect(invitedTooRecently(short, [{ surveyId: "a", at: daysAgo(8) }])).toBe(false);
    expect(invitedTooRecently(short, [{ surveyId: "b", at: daysAgo(8) }])).toBe(true);
  });
});

describe.each(testEngines)("the frequency rule through the API on %s", (engine) => {
  let test: InvitationsTest;
  beforeAll(async () => {
    test = await startInvitationsTest(engine);
  });
  afterAll(() => test.dispose());

  const statusOf = async (surveyId: string, email: string) => {
    const { batch } = await invite(test, surveyId, { recipients: [{ email }] });
    const [invitation] = await invitationsOf(test, batch.id);
    return [invitation?.status, invitation?.suppressionReason];
  };

  it("does not invite an address again within 30 days of any invitation, and does after", async () => {
    const [first, second] = [await publishSurvey(test), await publishSurvey(test)];
    expect(await statusOf(first.id, "often@example.com")).toEqual(["queued", null]);
    test.t.clock.advance(10 * DAY_MS);
    expect(await statusOf(second.id, "often@example.com")).toEqual(["suppressed", "recently_invited"]);
    // A suppressed invitation is not an invitation: the clock still counts from the first one.
    test.t.clock.advance(21 * DAY_MS);
    expect(await statusOf(second.id, "often@example.com")).toEqual(["queued", null]);
  });

  it("applies a survey's own doNotAskAgainDays to that survey", async () => {
    const quarterly = await publishSurvey(test, { ...exampleNpsSurvey(), doNotAskAgainDays: 90 });
    const other = await publishSurvey(test);
    expect(await statusOf(quarterly.id, "quarterly@example.com")).toEqual(["queued", null]);
    test.t.clock.advance(31 * DAY_MS);
    expect(await statusOf(quarterly.id, "quarterly@example.com")).toEqual(["suppressed", "recently_invited"]);
    expect(await statusOf(other.id, "quarterly@example.com")).toEqual(["queued", null]);
  });
});
