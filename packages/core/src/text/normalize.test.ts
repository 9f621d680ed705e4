import { describe, expect, it } from "vitest";
import { collapseRepeatedLetters, expandTeenCode, normalizeVietnamese } from "./normalize.ts";
import { foldedTokens, tokens } from "./tokens.ts";
import { placeToneMarks } from "./tone-marks.ts";

const normalized = (text: string) => normalizeVietnamese(text).text;

describe("normalizeVietnamese", () => {
  it("composes decomposed input to NFC and lower-cases it", () => {
    expect(normalized("Ha\u0300i Lo\u0300ng")).toBe("hài lòng");
  });

  it("places tones of open oa, oe, uy on the first vowel whichever convention was typed", () => {
    expect(placeToneMarks("hoà thuỷ khoẻ tuỳ")).toBe("hòa thủy khỏe tùy");
    expect(placeToneMarks("hòa thủy khỏe tùy")).toBe("hòa thủy khỏe tùy");
  });

  it("keeps the tone on the second vowel when a final consonant follows, and leaves qu- and gi- alone", () => {
    expect(placeToneMarks("hoàn thuận hoạch quý quả giá")).toBe("hoàn thuận hoạch quý quả giá");
    expect(placeToneMarks("hòan")).toBe("hoàn");
  });

  it("leaves uyê syllables, whose tone always sits on ê, as written", () => {
    expect(placeToneMarks("chuyển khuyến thuyết nguyễn tuyển huyện")).toBe(
      "chuyển khuyến thuyết nguyễn tuyển huyện",
    );
  });

  it("collapses runs of three or more of a letter but keeps real doubles", () => {
    expect(collapseRepeatedLetters("ngonnnn quáaaa đẹppp")).toBe("ngon quá đẹp");
    expect(collapseRepeatedLetters("xoong good coffee")).toBe("xoong good coffee");
  });

  it("expands teen code and abbreviations in accented and unaccented text", () => {
    expect(normalized("Ko hài lòng, nv ko nhiệt tình")).toBe("không hài lòng, nhân viên không nhiệt tình");
    expect(normalized("k dc j het r")).toBe("không được gì het rồi");
    expect(normalized("sp ok lắm mn ơi, ntn cx mua")).toBe(
      "sản phẩm ok lắm mọi người ơi, như thế nào cũng mua",
    );
    expect(normalized("khong hai long")).toBe("không hai long");
  });

  it("expands only whole words: the k of kém, 5k or ok stays", () => {
    expect(expandTeenCode("kém 5k ok kk")).toBe("kém 5k ok kk");
  });

  it("reads v and z as vậy only at the end of a clause", () => {
    expect(normalized("sao v?")).toBe("sao vậy?");
    expect(normalized("thế z")).toBe("thế vậy");
    expect(normalized("vitamin v là gì")).toBe("vitamin v là gì");
  });

  it("reads bt as biết after không and as bình thường elsewhere", () => {
    expect(normalized("ko bt nữa")).toBe("không biết nữa");
    expect(normalized("chất lượng bt")).toBe("chất lượng bình thường");
  });

  it("takes emoji and emoticons out as sentiment signals", () => {
    expect(normalizeVietnamese("Không hài lòng:(( 😡")).toEqual({
      text: "không hài lòng",
      signals: ["EMO_NEG", "EMO_NEG"],
    });
    expect(normalizeVietnamese("Giao nhanh =)) 👍🏻 ❤️ :D <3")).toEqual({
      text: "giao nhanh",
      signals: ["EMO_POS", "EMO_POS", "EMO_POS", "EMO_POS", "EMO_POS"],
    });
    expect(normalizeVietnamese("tệ thật T_T 👎 -_-").signals).toEqual(["EMO_NEG", "EMO_NEG", "EMO_NEG"]);
  });

  it("does not mistake times and URLs for emoticons", () => {
    expect(normalizeVietnamese("hẹn 10:30 tại https://shop.vn/a:b").signals).toEqual([]);
  });

  it("leaves English text unchanged apart from case", () => {
    const english = "The delivery was quick, but the support team never answered my emails.";
    expect(normalized(english)).toBe(english.toLowerCase());
  });
});

describe("tokens", () => {
  it("splits syllables and punctuation", () => {
    expect(tokens("Tốt, nhưng đắt!")).toEqual(["Tốt", ",", "nhưng", "đắt", "!"]);
    expect(tokens("don't stop")).toEqual(["don't", "stop"]);
  });

  it("folds diacritics so accented and unaccented text give the same tokens", () => {
    expect(foldedTokens("Không hài lòng, đắt!")).toEqual(foldedTokens("khong hai long, dat!"));
    expect(foldedTokens("Không hài lòng")).toEqual(["khong", "hai", "long"]);
  });
});
