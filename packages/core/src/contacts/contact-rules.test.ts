import { describe, expect, it } from "vitest";
import { contactHold, contactLookBack, customerKeysOf, type EarlierContact } from "./contact-rules.ts";

const now = new Date("2026-11-25T08:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
const contact = (surveyId: string, days: number, channel = "email"): EarlierContact => ({
  surveyId,
  channel,
  kind: "invited",
  at: daysAgo(days),
});
const A = "0190f0a0-0000-7000-8000-00000000000a";
const B = "0190f0a0-0000-7000-8000-00000000000b";
const policy = { windowDays: 30 };

describe("contactHold", () => {
  it("holds back a customer asked by any survey on any channel within the workspace's window", () => {
    const request = { surveyId: A, surveyDays: undefined, now };
    expect(contactHold(policy, request, [contact(B, 29.9, "widget")])).toEqual({
      reason: "recently_contacted",
      surveyId: B,
      channel: "widget",
      kind: "invited",
      at: "2026-10-26T10:24:00.000Z",
      until: "2026-11-25T10:24:00.000Z",
    });
    expect(contactHold(policy, request, [contact(B, 30)])).toBeNull();
    expect(contactHold(policy, request, [])).toBeNull();
  });

  it("lets the survey's own window replace the workspace's for repeats of the same survey only", () => {
    const quarterly = { surveyId: A, surveyDays: 90, now };
    expect(contactHold(policy, quarterly, [contact(A, 60)])?.reason).toBe("recently_asked");
    expect(contactHold(policy, quarterly, [contact(B, 60)])).toBeNull();
    const weekly = { surveyId: A, surveyDays: 7, now };
    expect(contactHold(policy, weekly, [contact(A, 8)])).toBeNull();
    expect(contactHold(policy, weekly, [contact(B, 8)])?.reason).toBe("recently_contacted");
  });

  it("reports the contact that holds the customer back the longest", () => {
    const request = { surveyId: A, surveyDays: 90, now };
    const hold = contactHold(policy, request, [contact(B, 2), contact(A, 40), contact(B, 10)]);
    // B two days ago holds until day 28 from now; A forty days ago holds until day 50.
    expect(hold?.surveyId).toBe(A);
    expect(hold?.until).toBe(new Date(now.getTime() + 50 * 86_400_000).toISOString());
  });

  it("asks everyone when the workspace's rule is off and the survey sets no window", () => {
    const request = { surveyId: A, surveyDays: undefined, now };
    expect(contactHold({ windowDays: 0 }, request, [contact(A, 0.1), contact(B, 0.1)])).toBeNull();
  });

  it("looks back as far as the longest window", () => {
    expect(contactLookBack(policy, { surveyId: A, surveyDays: 90, now })).toEqual(daysAgo(90));
    expect(contactLookBack(policy, { surveyId: A, surveyDays: 7, now })).toEqual(daysAgo(30));
  });
});

describe("customerKeysOf", () => {
  it("names a customer by id, lower-cased email and phone digits", () => {
    expect(
      customerKeysOf({ externalId: " C-42 ", email: " An.Nguyen@Example.VN", phone: "+84 (90) 123-4567" }),
    ).toEqual(["id:C-42", "email:an.nguyen@example.vn", "phone:+84901234567"]);
  });

  it("ignores blanks and phone numbers too short to name anyone", () => {
    expect(customerKeysOf({ externalId: " ", email: "", phone: "12-34" })).toEqual([]);
  });
});
