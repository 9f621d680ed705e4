import { describe, expect, it } from "vitest";
import { filledFieldNames, fillProfile, type ProfileFields, unfillProfile } from "./merge-profile.ts";

const profile = (fields: Partial<ProfileFields> = {}): ProfileFields => ({
  name: null,
  language: null,
  attributes: {},
  tags: [],
  consent: {},
  preferences: {},
  ...fields,
});

const granted = (at: string) => ({ granted: true, source: "app", at });
const withdrawn = (at: string) => ({ granted: false, source: "hotline", at });

describe("merging profiles", () => {
  const survivor = profile({
    name: "Nguyễn Văn An",
    attributes: { tier: "gold" },
    tags: ["vip"],
    consent: { email: granted("2026-01-01T00:00:00.000Z") },
    preferences: { preferredChannel: "email", other: {} },
  });
  const merged = profile({
    name: "An Nguyen",
    language: "en",
    attributes: { tier: "silver", branch: "HN-01" },
    tags: ["vip", "app_user"],
    consent: { email: withdrawn("2026-03-01T00:00:00.000Z"), sms: granted("2026-02-01T00:00:00.000Z") },
    preferences: {
      preferredChannel: "sms",
      contactHours: { from: "08:00", to: "17:00" },
      other: { topic: "loans" },
    },
  });

  it("keeps the survivor's fields, fills its gaps, unites tags and lets the newer consent win", () => {
    const { profile: next, filled } = fillProfile(survivor, merged);
    expect(next).toEqual({
      name: "Nguyễn Văn An",
      language: "en",
      attributes: { tier: "gold", branch: "HN-01" },
      tags: ["vip", "app_user"],
      consent: { email: withdrawn("2026-03-01T00:00:00.000Z"), sms: granted("2026-02-01T00:00:00.000Z") },
      preferences: {
        preferredChannel: "email",
        contactHours: { from: "08:00", to: "17:00" },
        other: { topic: "loans" },
      },
    });
    expect(filledFieldNames(filled)).toEqual([
      "language",
      "attributes.branch",
      "tags.app_user",
      "consent.email",
      "consent.sms",
      "preferences.contactHours",
      "preferences.other.topic",
    ]);
  });

  it("takes back exactly what it filled", () => {
    const { profile: next, filled } = fillProfile(survivor, merged);
    expect(unfillProfile(next, filled)).toEqual(survivor);
    const bare = profile({ name: "Lan" });
    const filledBare = fillProfile(bare, merged);
    expect(unfillProfile(filledBare.profile, filledBare.filled)).toEqual(bare);
  });

  it("keeps a filled field someone changed after the merge", () => {
    const { profile: next, filled } = fillProfile(survivor, merged);
    const changed = {
      ...next,
      language: "vi",
      attributes: { ...next.attributes, branch: "HCM-02" },
      consent: { ...next.consent, sms: withdrawn("2026-04-01T00:00:00.000Z") },
    };
    const undone = unfillProfile(changed, filled);
    expect(undone.language).toBe("vi");
    expect(undone.attributes).toEqual({ tier: "gold", branch: "HCM-02" });
    expect(undone.consent).toEqual({
      email: granted("2026-01-01T00:00:00.000Z"),
      sms: withdrawn("2026-04-01T00:00:00.000Z"),
    });
  });
});
