// Language codes of other tools in Touchpoint's form.
import { describe, expect, it } from "vitest";
import { normalizeLanguage } from "./language-codes.ts";

describe("normalizeLanguage", () => {
  it("lower-cases the language and upper-cases the region", () => {
    expect(normalizeLanguage("EN")).toBe("en");
    expect(normalizeLanguage("pt_br")).toBe("pt-BR");
    expect(normalizeLanguage("EN-GB")).toBe("en-GB");
  });

  it("names Chinese by market, keeps a script alone and drops variants", () => {
    expect(normalizeLanguage("ZH-T")).toBe("zh-TW");
    expect(normalizeLanguage("zh-Hant-HK")).toBe("zh-HK");
    expect(normalizeLanguage("sr-Latn")).toBe("sr-Latn");
    expect(normalizeLanguage("de-informal")).toBe("de");
    expect(normalizeLanguage("de-easy")).toBe("de");
  });

  it("returns undefined for what cannot be a language", () => {
    expect(normalizeLanguage("default")).toBeUndefined();
    expect(normalizeLanguage("")).toBeUndefined();
  });
});
