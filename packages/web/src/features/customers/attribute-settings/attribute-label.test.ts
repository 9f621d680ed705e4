import { describe, expect, it } from "vitest";
import { labelDraftOf, labelOf } from "./attribute-label.ts";

describe("attribute labels", () => {
  it("sends only the languages filled in, trimmed", () => {
    expect(labelOf({ vi: " Hạng thành viên ", en: "" })).toEqual({ vi: "Hạng thành viên" });
    expect(labelOf({ vi: "Hạng thành viên", en: "Loyalty tier" })).toEqual({
      vi: "Hạng thành viên",
      en: "Loyalty tier",
    });
  });

  it("has no label to send when every language is blank", () => {
    expect(labelOf({ vi: " ", en: "" })).toBeNull();
  });

  it("opens a stored label in the form, other languages aside", () => {
    expect(labelDraftOf({ label: { en: "Tier", fr: "Niveau" } })).toEqual({ vi: "", en: "Tier" });
  });
});
