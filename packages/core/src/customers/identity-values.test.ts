import { describe, expect, it } from "vitest";
import { foldForSearch, normalizeEmail, normalizePhone } from "./identity-values.ts";

describe("normalizePhone", () => {
  it.each([
    ["0901234567", "+84901234567"],
    ["090 123 4567", "+84901234567"],
    ["0901.234.567", "+84901234567"],
    ["901234567", "+84901234567"],
    ["84901234567", "+84901234567"],
    ["+84 901 234 567", "+84901234567"],
    ["+84 (0) 901 234 567", "+84901234567"],
    ["0084901234567", "+84901234567"],
    ["0843123456", "+84843123456"],
    ["0283 823 4567", "+842838234567"],
    ["+1 (415) 555-2671", "+14155552671"],
    ["0044 20 7946 0958", "+442079460958"],
  ])("reads %s as %s", (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it.each(["12345", "0123456789", "+84 123", "phone: 0901234567", "", "+0901234567"])(
    "refuses %s",
    (input) => {
      expect(normalizePhone(input)).toBeNull();
    },
  );
});

describe("normalizeEmail", () => {
  it("trims and lower-cases, and refuses what is not an address", () => {
    expect(normalizeEmail("  An.Nguyen@Example.VN ")).toBe("an.nguyen@example.vn");
    expect(normalizeEmail("an nguyen@example.vn")).toBeNull();
    expect(normalizeEmail("an@localhost")).toBeNull();
  });
});

describe("foldForSearch", () => {
  it("drops Vietnamese diacritics, whatever the Unicode form", () => {
    expect(foldForSearch("Nguyễn  Văn Đức")).toBe("nguyen van duc");
    expect(foldForSearch("Tra\u0300n Thi\u0323 Ha\u0300")).toBe("tran thi ha");
  });
});
