import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { detectLanguage } from "./language.ts";

const language = (text: string) => detectLanguage(text).language;

describe("detectLanguage", () => {
  it("recognises Vietnamese with and without diacritics, and in teen code", () => {
    expect(detectLanguage("Nhân viên rất nhiệt tình, tôi hài lòng")).toEqual({
      language: "vi",
      confidence: 1,
    });
    expect(language("khong hai long voi dich vu")).toBe("vi");
    expect(language("nhan vien tu van nhiet tinh")).toBe("vi");
    expect(language("ko dc, sp te qua")).toBe("vi");
    expect(language("tốt")).toBe("vi");
  });

  it("recognises English", () => {
    expect(language("The staff were friendly and the room was clean")).toBe("en");
    expect(language("good")).toBe("en");
  });

  it("gives mixed text its main language", () => {
    expect(language("Sản phẩm ok, shipper giao hàng nhanh, đóng gói cẩn thận, good job")).toBe("vi");
    expect(language("The delivery was fast and the packaging was great, cảm ơn")).toBe("en");
  });

  it("calls other scripts and texts that fit neither language other", () => {
    expect(language("我很喜欢这个产品")).toBe("other");
    expect(language("สินค้าดีมาก")).toBe("other");
    expect(language("Das Essen war sehr gut und der Service freundlich")).toBe("other");
  });

  it("calls empty, whitespace, emoji-only and punctuation-only text unknown", () => {
    for (const text of ["", "   \n", "👍👍", "!!! ...", ":))"]) {
      expect(detectLanguage(text)).toEqual({ language: "unknown", confidence: 1 });
    }
  });

  it("reports confidence between 0.5 and 1", () => {
    const { confidence } = detectLanguage("ok");
    expect(confidence).toBeGreaterThanOrEqual(0.5);
    expect(confidence).toBeLessThanOrEqual(1);
  });
});

// Held-out student feedback (UIT-VSFC dev, research use): read from ../shared/data, never copied here.
const VSFC_DEV = path.resolve(import.meta.dirname, "../../../../../shared/data/vi-uit-vsfc/dev/sents.txt");

describe.skipIf(!existsSync(VSFC_DEV))("detectLanguage on held-out Vietnamese feedback", () => {
  it("labels at least 99.5 % of the dev sentences vi, with and without diacritics", () => {
    const sentences = readFileSync(VSFC_DEV, "utf8")
      .split("\n")
      .filter((line) => line.trim());
    const stripped = sentences.map((line) => line.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d"));
    for (const texts of [sentences, stripped]) {
      const vi = texts.filter((text) => language(text) === "vi").length;
      expect(vi / texts.length).toBeGreaterThanOrEqual(0.995);
    }
  });
});
