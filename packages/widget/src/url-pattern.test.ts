import { describe, expect, it } from "vitest";
import { matchesAnyUrlPattern, matchesUrlPattern, type PageUrl } from "./url-pattern.ts";

function pageAt(address: string): PageUrl {
  const url = new URL(address);
  return { origin: url.origin, pathname: url.pathname, search: url.search };
}

describe("URL patterns", () => {
  const checkout = pageAt("https://shop.example.vn/checkout/pay?step=2#top");

  it("matches any text, including none, with a star", () => {
    expect(matchesUrlPattern("/checkout/*", checkout)).toBe(true);
    expect(matchesUrlPattern("/checkout*", pageAt("https://shop.example.vn/checkout"))).toBe(true);
    expect(matchesUrlPattern("*/pay*", checkout)).toBe(true);
    expect(matchesUrlPattern("/cart/*", checkout)).toBe(false);
  });

  it("matches the whole path, not a part of it", () => {
    expect(matchesUrlPattern("/checkout", checkout)).toBe(false);
    expect(matchesUrlPattern("/pay", checkout)).toBe(false);
  });

  it("ignores the query for a pattern without one, and matches it for a pattern with one", () => {
    const pricing = pageAt("https://shop.example.vn/pricing?utm_source=mail");
    expect(matchesUrlPattern("/pricing", pricing)).toBe(true);
    expect(matchesUrlPattern("/pricing?utm_source=mail", pricing)).toBe(true);
    expect(matchesUrlPattern("/pricing?utm_source=ads", pricing)).toBe(false);
    expect(matchesUrlPattern("*utm_source=mail*", pricing)).toBe(true);
  });

  it("takes dots, question marks and brackets literally", () => {
    const page = pageAt("https://shop.example.vn/a.html?x=(1)");
    expect(matchesUrlPattern("/a.html?x=(1)", page)).toBe(true);
    expect(matchesUrlPattern("/aXhtml", pageAt("https://shop.example.vn/a.html"))).toBe(false);
  });

  it("matches a pattern with a scheme against the full address", () => {
    expect(matchesUrlPattern("https://shop.example.vn/checkout/*", checkout)).toBe(true);
    expect(matchesUrlPattern("https://other.example.vn/*", checkout)).toBe(false);
  });

  it("treats no patterns as every page", () => {
    expect(matchesAnyUrlPattern([], checkout)).toBe(true);
    expect(matchesAnyUrlPattern(["/cart", "/checkout/*"], checkout)).toBe(true);
    expect(matchesAnyUrlPattern(["/cart"], checkout)).toBe(false);
  });
});
