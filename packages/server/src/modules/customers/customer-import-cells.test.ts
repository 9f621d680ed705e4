import { describe, expect, it } from "vitest";
import {
  booleanFromCell,
  contactHoursFromCell,
  dateFromCell,
  numberFromCell,
  tagsFromCell,
} from "./customer-import-cells.ts";
import { detectDelimiter } from "./customer-import-csv.ts";
import { fieldOf, mappingFromFlags } from "./customer-import-mapping.ts";

describe("cells of a customer import", () => {
  it("reads plain numbers and refuses separators it would have to guess at", () => {
    expect(["10", " -3 ", "2.5", "1e3", ".5"].map(numberFromCell)).toEqual([
      { value: 10 },
      { value: -3 },
      { value: 2.5 },
      { value: 1000 },
      { value: 0.5 },
    ]);
    for (const text of ["1,5", "1.000.000", "mười", "", "Infinity"])
      expect(numberFromCell(text)).toHaveProperty("error");
  });

  it("reads yes and no in English and Vietnamese, with or without diacritics", () => {
    expect(["true", "Yes", "1", "có", "Co", "đúng", "x"].map((text) => booleanFromCell(text))).toEqual(
      Array(7).fill({ value: true }),
    );
    expect(["FALSE", "no", "0", "không", "khong", "sai"].map((text) => booleanFromCell(text))).toEqual(
      Array(6).fill({ value: false }),
    );
    expect(booleanFromCell("maybe")).toHaveProperty("error");
  });

  it("reads dates as ISO or day first, and refuses days that do not exist", () => {
    expect(["2026-11-25", "25/11/2026", "5/1/2026", "25-11-2026", "25.11.2026"].map(dateFromCell)).toEqual([
      { value: "2026-11-25" },
      { value: "2026-11-25" },
      { value: "2026-01-05" },
      { value: "2026-11-25" },
      { value: "2026-11-25" },
    ]);
    expect(dateFromCell("29/02/2026")).toEqual({ error: "is not a day of the calendar" });
    expect(dateFromCell("11/25/2026")).toEqual({ error: "is not a day of the calendar" });
    expect(dateFromCell("hôm qua")).toHaveProperty("error");
  });

  it("reads contact hours and tags", () => {
    expect(contactHoursFromCell("8h00 - 17h30")).toEqual({ value: { from: "08:00", to: "17:30" } });
    expect(contactHoursFromCell("08:00")).toHaveProperty("error");
    expect(tagsFromCell(" vip ;hà nội;; vip")).toEqual({ value: ["vip", "hà nội"] });
  });
});

describe("columns of a customer import", () => {
  it("detects the delimiter from the header line, ignoring quoted text", () => {
    expect(detectDelimiter("email,name,phone")).toBe(",");
    expect(detectDelimiter('"Họ, tên";Email;Số điện thoại')).toBe(";");
    expect(detectDelimiter("email\tname")).toBe("\t");
    expect(detectDelimiter("email")).toBe(",");
  });

  it("names fields by the documented targets and explains a wrong one", () => {
    expect(fieldOf("Phone")).toEqual({ kind: "phone" });
    expect(fieldOf("external_id.crm")).toEqual({ kind: "externalId", system: "crm" });
    expect(fieldOf("attr.tier")).toEqual({ kind: "attribute", key: "tier" });
    expect(fieldOf("consent.sms")).toEqual({ kind: "consent", channel: "sms" });
    expect(fieldOf("pref.contact_hours")).toEqual({ kind: "preference", key: "contactHours" });
    expect(fieldOf("pref.branch")).toEqual({ kind: "preference", key: "other.branch" });
    expect(fieldOf("constructor")).toMatch(/^not a field/);
    expect(fieldOf("attr.1x")).toBe('bad attribute key "1x"');
  });

  it("splits --map flags at the last equals sign", () => {
    expect(mappingFromFlags(["Số điện thoại=phone", "a=b=attr.tier"])).toEqual({
      "Số điện thoại": "phone",
      "a=b": "attr.tier",
    });
    expect(() => mappingFromFlags(["phone"])).toThrow(/must look like/);
  });
});
