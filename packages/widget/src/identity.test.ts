import { describe, expect, it } from "vitest";
import { cleanIdentity, customerContextOf, customerReferenceOf, isVerifiedIdentity } from "./identity.ts";

describe("visitor identity", () => {
  it("sends the site's id as the customer's externalId, with the rest of the identity", () => {
    const { identity } = cleanIdentity({
      id: "KH-1024",
      email: " lan@example.vn ",
      name: "Nguyễn Thị Lan",
      language: "vi",
      attributes: { tier: "gold", orders: 12 },
    });
    expect(customerReferenceOf(identity)).toEqual({
      externalId: "KH-1024",
      email: "lan@example.vn",
      name: "Nguyễn Thị Lan",
      language: "vi",
      attributes: { tier: "gold", orders: 12 },
    });
  });

  it("sends no customer without an id, email or phone, as the API requires one", () => {
    const { identity } = cleanIdentity({ name: "Lan", attributes: { tier: "gold" } });
    expect(customerReferenceOf(identity)).toBeUndefined();
    expect(customerContextOf(identity)).toEqual({ name: "Lan", tier: "gold" });
  });

  it("leaves out what the API would refuse, and names it", () => {
    const { identity, ignored } = cleanIdentity({
      email: "x".repeat(400),
      phone: "0901234567",
      language: "Vietnamese",
      attributes: { "bad key": 1, nested: { a: 1 }, ok: true },
    });
    expect(identity).toEqual({ phone: "0901234567", attributes: { ok: true } });
    expect(ignored).toEqual(["email", "language", "attributes.bad key", "attributes.nested"]);
  });

  it("keeps the userHash for the contact check but never sends it with a response", () => {
    const hash = "a".repeat(64);
    const { identity } = cleanIdentity({ id: "KH-1024", userHash: ` ${hash} ` });
    expect(identity).toEqual({ id: "KH-1024", userHash: hash });
    expect(isVerifiedIdentity(identity)).toBe(true);
    expect(customerReferenceOf(identity)).toEqual({ externalId: "KH-1024" });
  });

  it("counts a visitor as verified only with both an id and its userHash", () => {
    expect(isVerifiedIdentity(cleanIdentity({ id: "KH-1024" }).identity)).toBe(false);
    expect(isVerifiedIdentity(cleanIdentity({ email: "a@b.vn", userHash: "ab" }).identity)).toBe(false);
    expect(cleanIdentity({ id: "KH-1", userHash: "x".repeat(200) }).ignored).toEqual(["userHash"]);
  });
});
