import type { AttributeDefinition } from "@touchpoint/core";
import { describe, expect, it } from "vitest";
import { attributeDraftOf, attributesChangeOf, parseAttributeDraft } from "./attribute-values.ts";

const definition = (key: string, type: AttributeDefinition["type"]): AttributeDefinition => ({
  key,
  type,
  label: { en: key },
});

describe("parseAttributeDraft", () => {
  it("reads each type, and a blank input as removal", () => {
    expect(parseAttributeDraft("string", "  Vàng ")).toEqual({ ok: true, value: "Vàng" });
    expect(parseAttributeDraft("string", "")).toEqual({ ok: true, value: null });
    expect(parseAttributeDraft("number", 12.5)).toEqual({ ok: true, value: 12.5 });
    expect(parseAttributeDraft("number", "42")).toEqual({ ok: true, value: 42 });
    expect(parseAttributeDraft("number", "")).toEqual({ ok: true, value: null });
    expect(parseAttributeDraft("boolean", false)).toEqual({ ok: true, value: false });
    expect(parseAttributeDraft("date", "2026-11-25")).toEqual({ ok: true, value: "2026-11-25" });
  });

  it("stores text in composed form, whatever the keyboard sent", () => {
    expect(parseAttributeDraft("string", "Ha\u0300 N\u00f4\u0323i")).toEqual({ ok: true, value: "Hà Nội" });
  });

  it("refuses what is not a number or a calendar date", () => {
    expect(parseAttributeDraft("number", "12a")).toEqual({ ok: false, problem: "number" });
    expect(parseAttributeDraft("date", "25/11/2026")).toEqual({ ok: false, problem: "date" });
    expect(parseAttributeDraft("date", "2026-13-45")).toEqual({ ok: false, problem: "date" });
  });
});

describe("attributeDraftOf", () => {
  it("shows stored values in their inputs, and unset ones empty or switched off", () => {
    expect(attributeDraftOf("number", 3)).toBe(3);
    expect(attributeDraftOf("string", undefined)).toBe("");
    expect(attributeDraftOf("date", "2026-11-25")).toBe("2026-11-25");
    expect(attributeDraftOf("boolean", undefined)).toBe(false);
    expect(attributeDraftOf("boolean", true)).toBe(true);
  });
});

describe("attributesChangeOf", () => {
  const definitions = [
    definition("tier", "string"),
    definition("points", "number"),
    definition("newsletter", "boolean"),
    definition("birthday", "date"),
  ];
  const initial = { tier: "Bạc", points: 120, newsletter: false, birthday: "" };

  it("sends only what changed, with null for an emptied input", () => {
    const change = attributesChangeOf(definitions, initial, {
      ...initial,
      tier: "Vàng",
      points: "",
      birthday: "1990-04-30",
    });
    expect(change).toEqual({ patch: { tier: "Vàng", points: null, birthday: "1990-04-30" }, problems: {} });
  });

  it("leaves an unset switch unset when it was not touched, and sends it once it was", () => {
    expect(attributesChangeOf(definitions, initial, initial).patch).toEqual({});
    expect(attributesChangeOf(definitions, initial, { ...initial, newsletter: true }).patch).toEqual({
      newsletter: true,
    });
  });

  it("reports the inputs that cannot be read instead of sending them", () => {
    const change = attributesChangeOf(definitions, initial, { ...initial, birthday: "30/04/1990" });
    expect(change).toEqual({ patch: {}, problems: { birthday: "date" } });
  });
});
