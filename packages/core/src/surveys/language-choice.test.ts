import { describe, expect, it } from "vitest";
import { chooseLanguage, parseAcceptLanguage } from "./language-choice.ts";

const survey = (languages: string[], defaultLanguage = languages[0] ?? "vi") => ({
  languages,
  defaultLanguage,
});
const viEn = survey(["vi", "en"]);
// What Chrome sends on a Vietnamese system with English as a second language.
const VIETNAMESE_BROWSER = "vi-VN,vi;q=0.9,en-US;q=0.8,en;q=0.7";

describe("chooseLanguage", () => {
  it("takes the requested language when the survey has it", () => {
    expect(
      chooseLanguage(viEn, { requested: "en", customerLanguage: "vi", acceptLanguage: VIETNAMESE_BROWSER }),
    ).toBe("en");
  });

  it("ignores a requested language the survey lacks and takes the customer's", () => {
    expect(
      chooseLanguage(viEn, { requested: "fr", customerLanguage: "en", acceptLanguage: VIETNAMESE_BROWSER }),
    ).toBe("en");
  });

  it("matches a regional tag to the survey's language", () => {
    expect(chooseLanguage(survey(["en", "vi"]), { acceptLanguage: VIETNAMESE_BROWSER })).toBe("vi");
    expect(chooseLanguage(viEn, { customerLanguage: "en-GB" })).toBe("en");
  });

  it("follows the q-values of Accept-Language rather than the order", () => {
    expect(chooseLanguage(viEn, { acceptLanguage: "fr-FR,vi;q=0.5,en;q=0.8" })).toBe("en");
    expect(chooseLanguage(viEn, { acceptLanguage: "en-US,en;q=0.9,vi;q=0.8" })).toBe("en");
  });

  it("prefers any exact or regional match in the header over a sibling variant", () => {
    const british = survey(["vi", "en-GB"]);
    expect(chooseLanguage(british, { acceptLanguage: "en-US" })).toBe("en-GB");
    expect(chooseLanguage(british, { acceptLanguage: "en-US,vi;q=0.5" })).toBe("vi");
  });

  it("falls back to the default language", () => {
    expect(chooseLanguage(survey(["en", "vi"], "vi"), { acceptLanguage: "ja-JP,ja;q=0.9,*;q=0.5" })).toBe(
      "vi",
    );
    expect(chooseLanguage(viEn, {})).toBe("vi");
  });
});

describe("parseAcceptLanguage", () => {
  it("orders ranges by q-value, keeping header order for ties", () => {
    expect(parseAcceptLanguage(VIETNAMESE_BROWSER)).toEqual(["vi-VN", "vi", "en-US", "en"]);
    expect(parseAcceptLanguage("en;q=0.5, fr, de;q=0.5")).toEqual(["fr", "en", "de"]);
  });

  it("drops refused (q=0) and malformed entries", () => {
    expect(parseAcceptLanguage("vi;q=0, en;q=2, fr;q=abc, <script>, de;q=0.3")).toEqual(["de"]);
  });
});
