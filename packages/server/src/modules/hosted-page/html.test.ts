import { describe, expect, it } from "vitest";
import { attrs, escapeHtml, html } from "./html.ts";

describe("escapeHtml", () => {
  it("turns markup characters into entities", () => {
    expect(escapeHtml(`<script>alert("x") & 'y'</script>`)).toBe(
      "&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;",
    );
  });

  it("leaves Vietnamese text and emoji as they are", () => {
    expect(escapeHtml("Cảm ơn bạn! 😄")).toBe("Cảm ơn bạn! 😄");
  });
});

describe("html", () => {
  it("escapes every interpolated text, in text and in attributes", () => {
    const title = "<script>alert(1)</script>";
    const value = '"><img src=x onerror=alert(1)>';
    expect(html`<h1>${title}</h1><input value="${value}">`.markup).toBe(
      '<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1><input value="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">',
    );
  });

  it("keeps nested html, joins arrays and renders nothing for false, null and undefined", () => {
    const items = ["a<b", "c"].map((item) => html`<li>${item}</li>`);
    expect(html`<ul>${items}</ul>${false}${null}${undefined}${0}`.markup).toBe(
      "<ul><li>a&lt;b</li><li>c</li></ul>0",
    );
  });

  it("writes attributes, bare for true and omitted for false or undefined", () => {
    expect(attrs({ name: 'q"1', checked: true, selected: false, min: undefined, max: 10 }).markup).toBe(
      ' name="q&quot;1" checked max="10"',
    );
  });
});
