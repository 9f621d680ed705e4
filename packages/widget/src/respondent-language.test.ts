import { describe, expect, it } from "vitest";
import { format, messagesFor } from "./messages.ts";
import { chooseWidgetLanguage } from "./respondent-language.ts";

describe("widget language", () => {
  const survey = { languages: ["vi", "en"], defaultLanguage: "vi" };

  it("speaks the language given to init first", () => {
    expect(chooseWidgetLanguage(survey, { requested: "en", identified: "vi", browser: ["vi-VN"] })).toBe(
      "en",
    );
  });

  it("speaks the identified customer's language when init gives none", () => {
    expect(chooseWidgetLanguage(survey, { identified: "en-GB", browser: ["vi-VN", "vi"] })).toBe("en");
  });

  it("follows the browser's preferences in their order", () => {
    expect(chooseWidgetLanguage(survey, { browser: ["fr-FR", "en-US", "vi"] })).toBe("en");
    expect(chooseWidgetLanguage(survey, { browser: ["vi-VN", "en-US"] })).toBe("vi");
  });

  it("falls back to the survey's default language", () => {
    expect(chooseWidgetLanguage(survey, { requested: "ja", browser: ["fr-FR"] })).toBe("vi");
    expect(chooseWidgetLanguage(survey, { browser: [] })).toBe("vi");
  });

  it("has its own words in Vietnamese and English, English for other languages", () => {
    expect(messagesFor("vi").submit).toBe("Gửi");
    expect(messagesFor("vi-VN").next).toBe("Tiếp");
    expect(messagesFor("en").close).toBe("Close");
    expect(messagesFor("th").thanks).toBe("Thank you!");
    expect(format(messagesFor("en").errorCount, { min: 1, max: 3 })).toBe("Choose from 1 to 3 options.");
  });
});
