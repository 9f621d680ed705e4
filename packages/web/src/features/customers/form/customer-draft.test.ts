import { describe, expect, it } from "vitest";
import {
  EMPTY_NEW_CUSTOMER,
  hasSomethingToSave,
  identitiesDraftOf,
  identitiesInputOf,
  newCustomerInputOf,
} from "./customer-draft.ts";

describe("newCustomerInputOf", () => {
  it("sends only what was filled in, trimmed, and remembers the row of each identity", () => {
    const sent = newCustomerInputOf({
      ...EMPTY_NEW_CUSTOMER,
      name: "  Nguyễn Thị Hồng Nhung ",
      emails: ["", " nhung@example.vn "],
      phones: ["0912 345 678", " ", "+84 28 3823 4567"],
      externalIds: [
        { system: "", value: "C-042" },
        { system: "crm", value: "  " },
        { system: " core_banking ", value: "884211" },
      ],
      tags: ["vip", " vip", "chi nhánh Hà Nội"],
    });
    expect(sent.input).toEqual({
      name: "Nguyễn Thị Hồng Nhung",
      emails: ["nhung@example.vn"],
      phones: ["0912 345 678", "+84 28 3823 4567"],
      externalIds: [
        { system: "default", value: "C-042" },
        { system: "core_banking", value: "884211" },
      ],
      tags: ["vip", "chi nhánh Hà Nội"],
    });
    expect(sent.rows).toEqual({ emails: [1], phones: [0, 2], externalIds: [0, 2] });
  });

  it("leaves out a blank name, language and tags rather than sending them empty", () => {
    const { input } = newCustomerInputOf({ ...EMPTY_NEW_CUSTOMER, phones: ["0912345678"] });
    expect(input).toEqual({ externalIds: [], emails: [], phones: ["0912345678"] });
  });

  it("keeps the chosen language", () => {
    expect(newCustomerInputOf({ ...EMPTY_NEW_CUSTOMER, language: "vi" }).input.language).toBe("vi");
  });
});

describe("hasSomethingToSave", () => {
  it("needs a name or an identity", () => {
    expect(hasSomethingToSave(EMPTY_NEW_CUSTOMER)).toBe(false);
    expect(hasSomethingToSave({ ...EMPTY_NEW_CUSTOMER, tags: ["vip"], language: "vi" })).toBe(false);
    expect(hasSomethingToSave({ ...EMPTY_NEW_CUSTOMER, phones: ["0912345678"] })).toBe(true);
    expect(hasSomethingToSave({ ...EMPTY_NEW_CUSTOMER, name: "An" })).toBe(true);
  });
});

describe("identities of a profile", () => {
  it("round-trips a profile's identities through the form unchanged", () => {
    const customer = {
      externalIds: [{ system: "crm", value: "C-042" }],
      emails: ["an@example.vn"],
      phones: ["+84912345678"],
    };
    expect(identitiesInputOf(identitiesDraftOf(customer)).input).toEqual(customer);
  });

  it("sends empty lists when every row was cleared, which removes them", () => {
    const { input } = identitiesInputOf({ externalIds: [], emails: [""], phones: [] });
    expect(input).toEqual({ externalIds: [], emails: [], phones: [] });
  });
});
