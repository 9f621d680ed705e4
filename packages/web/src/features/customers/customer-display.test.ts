import { describe, expect, it } from "vitest";
import { customerDisplayName, formatPhone } from "./customer-display.ts";

describe("formatPhone", () => {
  it.each([
    ["+84912345678", "0912 345 678"],
    ["+84387654321", "0387 654 321"],
    ["+842838234567", "0283 823 4567"],
    ["+14155552671", "+14155552671"],
    ["+8412345", "+8412345"],
  ])("writes %s as %s", (e164, shown) => {
    expect(formatPhone(e164)).toBe(shown);
  });
});

describe("customerDisplayName", () => {
  const nobody = { name: null, emails: [], phones: [], externalIds: [] };

  it("prefers the name, then an email, a phone, an external id", () => {
    expect(customerDisplayName({ ...nobody, name: "Nguyễn Văn An", emails: ["an@example.vn"] })).toBe(
      "Nguyễn Văn An",
    );
    expect(customerDisplayName({ ...nobody, emails: ["an@example.vn"], phones: ["+84912345678"] })).toBe(
      "an@example.vn",
    );
    expect(customerDisplayName({ ...nobody, phones: ["+84912345678"] })).toBe("0912 345 678");
    expect(customerDisplayName({ ...nobody, externalIds: [{ system: "crm", value: "C-042" }] })).toBe(
      "C-042",
    );
  });

  it("has nothing to show for a profile without name or identities", () => {
    expect(customerDisplayName(nobody)).toBeNull();
  });
});
