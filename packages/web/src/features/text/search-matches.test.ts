import { describe, expect, it } from "vitest";
import { searchMatches, splitByRanges } from "./search-matches.ts";

const found = (text: string, query: string) =>
  searchMatches(text, query).map((range) => text.slice(range.start, range.end));

describe("searchMatches", () => {
  it("finds words typed without diacritics in the written text, in any case", () => {
    const text = "Khách khiếu nại bị trừ phí SMS không báo trước.";
    expect(found(text, "phi sms khong bao truoc")).toEqual(["phí SMS không báo trước"]);
    expect(found(text, "KHIẾU NẠI")).toEqual(["khiếu nại"]);
  });

  it("reads đ as d and a run of spaces as one", () => {
    expect(found("Đăng nhập   được rồi", "dang nhap duoc")).toEqual(["Đăng nhập   được"]);
  });

  it("maps offsets back through text written with combining marks (NFD)", () => {
    const text = "phi\u0301 cao";
    expect(found(text, "phi cao")).toEqual([text]);
  });

  it("returns every occurrence, and nothing for an empty search", () => {
    expect(found("phí, phí và phí", "phi")).toEqual(["phí", "phí", "phí"]);
    expect(searchMatches("phí", "   ")).toEqual([]);
  });
});

describe("splitByRanges", () => {
  it("cuts a piece where matches start and end, keeping only the part inside it", () => {
    expect(
      splitByRanges(5, 20, [
        { start: 0, end: 7 },
        { start: 10, end: 12 },
        { start: 18, end: 30 },
      ]),
    ).toEqual([
      { start: 5, end: 7, matched: true },
      { start: 7, end: 10, matched: false },
      { start: 10, end: 12, matched: true },
      { start: 12, end: 18, matched: false },
      { start: 18, end: 20, matched: true },
    ]);
    expect(splitByRanges(0, 4, [])).toEqual([{ start: 0, end: 4, matched: false }]);
  });
});
